// The activity's description: Markdown rendered and sanitised on the server (lib/content/markdown.ts).
// Styled here with element selectors, as the HTML carries no classes.
const RICH_TEXT =
  "leading-8 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-4 " +
  "[&_h2]:mb-2 [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mb-2 [&_h3]:mt-4 [&_h3]:font-semibold [&_li]:ml-6 " +
  "[&_ol]:mb-4 [&_ol]:list-decimal [&_p]:mb-4 [&_table]:mb-4 [&_table]:block [&_table]:overflow-x-auto [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 " +
  "[&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_ul]:mb-4 [&_ul]:list-disc";

export function ActivityBody({ html }: { html: string }) {
  return <div className={RICH_TEXT} dangerouslySetInnerHTML={{ __html: html }} />;
}
