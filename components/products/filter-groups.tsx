import type { FilterGroup } from "@/lib/catalogue/filters";

// Plain <a> (no client component): a full page load from the full-route cache, light markup.
// One row per filter group: 全部 and every option as a real link; the selected one is
// marked visibly and with aria-current, so the page works and reads well without JavaScript.
export function FilterGroups<K extends string>({
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

function FilterLink({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    // .opt (globals.css): the selected option is styled by its aria-current.
    <a href={href} aria-current={active ? "true" : undefined} className="opt">
      {children}
    </a>
  );
}
