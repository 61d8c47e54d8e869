import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { ARTICLE_KINDS } from "@/lib/content/reference";

// 资讯动态's two sections, as plain links; the current one is marked for screen readers too.
export function NewsTabs({ current }: { current: ArticleKind }) {
  return (
    <nav aria-label="资讯动态栏目" className="border-b border-slate-200">
      <ul className="flex gap-1">
        {(["POLICY", "NEWS"] as const).map((kind) => (
          <li key={kind}>
            <a
              href={ARTICLE_KINDS[kind].path}
              aria-current={kind === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center border-b-2 px-4 text-base font-medium ${
                kind === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-700"
              }`}
            >
              {ARTICLE_KINDS[kind].label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
