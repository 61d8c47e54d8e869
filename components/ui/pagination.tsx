
// Numbered pagination as plain links (works without JavaScript). Shows the first and last page,
// two pages around the current one, and … for the gaps.
export function pageWindow(page: number, totalPages: number): (number | "gap")[] {
  const pages = new Set([1, totalPages]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= totalPages) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (typeof last === "number" && p - last > 1) out.push(p - last === 2 ? p - 1 : "gap");
    out.push(p);
  }
  return out;
}

const base = "inline-flex h-11 min-w-11 items-center justify-center rounded border px-3 text-sm";
const idle = `${base} border-slate-300 bg-white text-slate-800 hover:border-brand-600 hover:text-brand-700`;

export function Pagination({
  page,
  totalPages,
  hrefFor,
  label = "分页",
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <a href={hrefFor(page - 1)} className={idle} rel="prev">
              上一页
            </a>
          ) : (
            <span className={`${base} border-slate-200 text-slate-500`} aria-disabled="true">
              上一页
            </span>
          )}
        </li>
        {pageWindow(page, totalPages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${base} border-brand-700 bg-brand-700 font-semibold text-white`}>
                  <span className="sr-only">第</span>
                  {p}
                  <span className="sr-only">页（当前页）</span>
                </span>
              ) : (
                <a href={hrefFor(p)} className={idle} aria-label={`第${p}页`}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <a href={hrefFor(page + 1)} className={idle} rel="next">
              下一页
            </a>
          ) : (
            <span className={`${base} border-slate-200 text-slate-500`} aria-disabled="true">
              下一页
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
