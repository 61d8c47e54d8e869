import { PRODUCT_FILTER_KEYS, TEXT_MAX_LENGTH, type ProductFilters } from "@/lib/catalogue/filters";

// 机构名称 / 产品名称 with 查询: a GET form, so it works without JavaScript. The other filters
// travel as hidden fields; a new search starts at page 1.
export function SearchForm({
  action,
  filters,
  omit = [],
  idPrefix,
}: {
  action: string;
  filters: ProductFilters;
  omit?: readonly string[];
  idPrefix: string;
}) {
  const hidden: [string, string][] = [];
  if (filters.institution) hidden.push(["institution", filters.institution]);
  for (const key of PRODUCT_FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && !omit.includes(key)) hidden.push([key, value]);
  }
  if (filters.sort !== "default") hidden.push(["sort", filters.sort]);
  const input =
    "h-10 w-full rounded border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 sm:text-sm";
  return (
    <form action={action} method="get" role="search" aria-label="搜索金融产品" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex-1">
        <label htmlFor={`${idPrefix}-org`} className="mb-1 block text-sm font-medium text-slate-700">
          机构名称
        </label>
        <input
          id={`${idPrefix}-org`}
          name="org"
          type="search"
          defaultValue={filters.org ?? ""}
          maxLength={TEXT_MAX_LENGTH}
          placeholder="如：工商银行"
          className={input}
        />
      </div>
      <div className="flex-1">
        <label htmlFor={`${idPrefix}-q`} className="mb-1 block text-sm font-medium text-slate-700">
          产品名称
        </label>
        <input
          id={`${idPrefix}-q`}
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          maxLength={TEXT_MAX_LENGTH}
          placeholder="如：抗疫贷"
          className={input}
        />
      </div>
      <button type="submit" className="h-10 rounded bg-brand-700 px-6 text-sm font-medium text-white hover:bg-brand-800">
        查询
      </button>
    </form>
  );
}
