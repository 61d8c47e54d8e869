import type { FilterGroup } from "@/lib/catalogue/filters";

// Plain <a> (no client component): a full page load from the full-route cache, light markup.
// One row per filter group: 全部 and every option as a real link; the selected one is
// marked visibly and with aria-current, so the page works and reads well without JavaScript.
// `fold` (关怀模式): one question at a time — each group is a <details> of one exclusive set (the
// `name` attribute), its summary says the question and the answer so far, and the first question
// not answered yet is the open one. Choosing an option loads the page with the next one open.
export function FilterGroups<K extends string>({
  groups,
  selectedOf,
  hrefOf,
  idPrefix,
  fold = false,
}: {
  groups: FilterGroup<K>[];
  selectedOf: (key: K) => string | undefined;
  hrefOf: (key: K, value: string | undefined) => string;
  idPrefix: string;
  fold?: boolean;
}) {
  if (fold) return <FoldedFilterGroups groups={groups} selectedOf={selectedOf} hrefOf={hrefOf} idPrefix={idPrefix} />;
  return (
    <div className="divide-y divide-slate-100">
      {groups.map((group) => {
        const current = selectedOf(group.key);
        const labelId = `${idPrefix}-${group.key}`;
        return (
          <div key={group.key} role="group" aria-labelledby={labelId} className="flex flex-col gap-1 py-2 sm:flex-row sm:gap-3">
            <span id={labelId} className="w-20 shrink-0 pt-1 text-sm font-medium text-slate-600">
              {group.label}
            </span>
            <ul className="flex flex-wrap gap-1">
              <li>
                <FilterLink href={hrefOf(group.key, undefined)} active={current === undefined}>
                  全部
                </FilterLink>
              </li>
              {group.options.map((o) => (
                <li key={o.value}>
                  <FilterLink href={hrefOf(group.key, o.value)} active={current === o.value}>
                    {o.label}
                  </FilterLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

function FoldedFilterGroups<K extends string>({
  groups,
  selectedOf,
  hrefOf,
  idPrefix,
}: {
  groups: FilterGroup<K>[];
  selectedOf: (key: K) => string | undefined;
  hrefOf: (key: K, value: string | undefined) => string;
  idPrefix: string;
}) {
  const next = groups.findIndex((g) => selectedOf(g.key) === undefined);
  return (
    <div className="space-y-2">
      {groups.map((group, index) => {
        const current = selectedOf(group.key);
        const answer = group.options.find((o) => o.value === current)?.label ?? "全部";
        return (
          <details key={group.key} name={`${idPrefix}-question`} open={index === next} className="filter-question rounded-lg border border-slate-200">
            <summary className="flex min-h-[60px] cursor-pointer items-center justify-between gap-3 px-4">
              <span className="font-semibold text-slate-900">{group.label}</span>
              <span className={current === undefined ? "text-slate-700" : "font-semibold text-brand-800"}>{answer}</span>
            </summary>
            <ul className="flex flex-wrap gap-2 border-t border-slate-200 p-3" aria-label={group.label}>
              <li>
                <FilterLink href={hrefOf(group.key, undefined)} active={current === undefined}>
                  全部
                </FilterLink>
              </li>
              {group.options.map((o) => (
                <li key={o.value}>
                  <FilterLink href={hrefOf(group.key, o.value)} active={current === o.value}>
                    {o.label}
                  </FilterLink>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function FilterLink({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    // .opt (globals.css): the selected option is styled by its aria-current.
    <a href={href} aria-current={active ? "true" : undefined} className="opt">
      {children}
    </a>
  );
}
