import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { formatDateTime } from "@/components/applications/format";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { listOrgConsultations } from "@/lib/consultations/queries";
import { parsePage } from "@/lib/db/paginate";

export const metadata: Metadata = { title: "咨询回复" };

type Props = { searchParams: Promise<{ state?: string; page?: string }> };
const STATES = [
  { value: "open", label: "待回复" },
  { value: "answered", label: "已回复" },
];

function href(state: string | undefined, page = 1) {
  const params = new URLSearchParams();
  if (state) params.set("state", state);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/org/consultations${query ? `?${query}` : ""}`;
}

// Questions users asked this institution about its products.
export default async function OrgConsultationsPage({ searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  const sp = await searchParams;
  const state = STATES.some((s) => s.value === sp.state) ? sp.state : undefined;
  const data = await listOrgConsultations(actor, {
    answered: state === undefined ? undefined : state === "answered",
    page: parsePage(sp.page),
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">咨询回复</h1>
      <FilterLinks label="回复状态" options={STATES} current={state} hrefFor={(s) => href(s)} />
      {data.total === 0 ? (
        <EmptyState title="暂无咨询" />
      ) : (
        <ul className="space-y-3">
          {data.items.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">
                {c.product?.name ?? "机构咨询"} · {c.user.name ?? "用户"} · <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time>
                {c.answeredAt ? " · 已回复" : <strong className="ml-1 text-amber-800">待回复</strong>}
              </p>
              <p className="mt-1 text-slate-900">
                <Link href={`/org/consultations/${c.id}`} className="underline underline-offset-2">{c.question}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(state, p)} label="咨询分页" />
    </div>
  );
}
