import { productsOfInstitutionHref } from "@/lib/catalogue/url";
import type { InstitutionCardData } from "@/lib/catalogue/queries-institutions";
import { formatWan } from "@/lib/format";
import { INSTITUTION_TYPES, labelOf } from "@/lib/reference";

// A card of 金融机构: the whole card opens the institution's products in 金融超市.
export function InstitutionCard({ institution }: { institution: InstitutionCardData }) {
  return (
    <article className="relative flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-600">
      <div className="flex items-center gap-3">
        {institution.logoFileId ? (
          // eslint-disable-next-line @next/next/no-img-element -- a PUBLIC file of the /files route, not a static asset
          <img src={`/files/${encodeURIComponent(institution.logoFileId)}`} alt="" width={44} height={44} loading="lazy" decoding="async" className="h-11 w-11 shrink-0 rounded-full bg-slate-100 object-contain" />
        ) : (
          <span
            aria-hidden="true"
            className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
          >
            {(institution.logoText || institution.name).slice(0, 2)}
          </span>
        )}
        <div>
          <h2 className="text-base font-semibold text-slate-900">
            <a
              href={productsOfInstitutionHref(institution.id)}
              className="after:absolute after:inset-0 focus-visible:outline-none"
            >
              {institution.name}
            </a>
          </h2>
          <p className="text-sm text-slate-600">{labelOf(INSTITUTION_TYPES, institution.type)}</p>
        </div>
      </div>
      <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
        <div>
          <dt className="text-xs text-slate-600">发布融资产品数量</dt>
          <dd className="mt-1 text-lg font-semibold text-brand-800">{institution.productCount}款</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">对接成功笔数</dt>
          <dd className="mt-1 text-lg font-semibold text-brand-800">{institution.matchCount}笔</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">累计放款金额</dt>
          <dd className="mt-1 text-lg font-semibold text-brand-800">{formatWan(institution.lentWan)}万</dd>
        </div>
      </dl>
    </article>
  );
}
