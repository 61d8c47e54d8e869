// The HTML of a Markdown body, rendered and sanitised on the server (lib/content/markdown.ts: an
// allow-list of tags, no scripts, styles, handlers or other link schemes). Typography for long
// reading on phones: 17px, generous line height, tables that scroll inside their box.
const BODY_CLASS = [
  "text-[17px] leading-8 text-slate-900 break-words",
  "[&_p]:mt-4 [&_p:first-child]:mt-0",
  "[&_h2]:mt-7 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-5 [&_h4]:font-semibold",
  "[&_ul]:mt-4 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1",
  "[&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2",
  "[&_blockquote]:mt-4 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-4 [&_blockquote]:text-slate-700",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_pre]:mt-4 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3",
  "[&_table]:mt-4 [&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto [&_table]:border-collapse",
  "[&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-50 [&_th]:px-3 [&_th]:py-2 [&_td]:border [&_td]:border-slate-300 [&_td]:px-3 [&_td]:py-2",
  "[&_hr]:my-6 [&_hr]:border-slate-200",
].join(" ");

export function MarkdownBody({ html }: { html: string }) {
  return <div className={BODY_CLASS} dangerouslySetInnerHTML={{ __html: html }} />;
}
