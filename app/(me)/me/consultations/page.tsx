import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/applications/filter-links";
import { formatDateTime } from "@/components/applications/format";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { listMyConsultations } from "@/lib/consultations/queries";
import { parsePage } from "@/lib/db/paginate";

export const metadata: Metadata = { title: "我的咨询" };

type Props = { searchParams: Promise<{ page?: string }> };
const href = (page: number) => (page > 1 ? `/me/consultations?page=${page}` : "/me/consultations");

// 我的咨询: questions asked to institutions about their products (银企线上沟通问答) and the answers.
export default async function MyConsultationsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const data = await listMyConsultations(actor, parsePage((await searchParams).page));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">我的咨询</h1>
      {data.total === 0 ? (
        <EmptyState title="您还没有咨询记录">
          在 <Link href="/products" className="text-brand-700 underline">金融超市</Link> 的产品页面可以向金融机构提问。
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {data.items.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">
                {c.institution.name}
                {c.product ? ` · ${c.product.name}` : ""} · <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time>
              </p>
              <p className="mt-1 font-medium text-slate-900">
                <Link href={`/me/consultations/${c.id}`} className="hover:underline">问：{c.question}</Link>
              </p>
              <p className="mt-1 text-slate-800">{c.answer ? `答：${c.answer}` : <span className="text-amber-800">等待机构回复</span>}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={href} label="咨询分页" />
    </div>
  );
}
