import { TEXT_MAX_LENGTH } from "@/lib/catalogue/filters";
import { POLICY_FILTER_KEYS, type ArticleFilters } from "@/lib/content/filters";

// The keyword search: a GET form, so it works without JavaScript. The other filters travel as
// hidden fields; a new search starts at page 1.
export function ArticleSearchForm({ action, filters, noun, idPrefix }: { action: string; filters: ArticleFilters; noun: string; idPrefix: string }) {
  const id = `${idPrefix}-q`;
  return (
    <form action={action} method="get" role="search" aria-label={`搜索${noun}`} className="flex flex-col gap-2 sm:flex-row sm:items-end">
      {POLICY_FILTER_KEYS.map((key) => (filters[key] ? <input key={key} type="hidden" name={key} value={filters[key]} /> : null))}
      <div className="flex-1">
        <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
          关键词
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          maxLength={TEXT_MAX_LENGTH}
          placeholder={`标题或正文中的词，如：${noun === "政策" ? "续贷" : "普惠"}`}
          className="h-11 w-full rounded border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500"
        />
      </div>
      <button type="submit" className="h-11 rounded bg-brand-700 px-6 text-base font-medium text-white hover:bg-brand-800">
        搜索
      </button>
    </form>
  );
}
