import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DetailList } from "@/components/applications/detail-list";
import { Notice } from "@/components/applications/filter-links";
import { wanOrDash } from "@/components/applications/format";
import { StatusBadge } from "@/components/applications/status-badge";
import { StatusHistory } from "@/components/applications/status-history";
import { WithdrawForm } from "@/components/applications/withdraw-form";
import { withdrawApplication } from "@/lib/actions/applications";
import { actorOf } from "@/lib/applications/actor";
import { canTransition } from "@/lib/applications/status-machine";
import { requireUser } from "@/lib/auth/current";
import { getMyApplication } from "@/lib/data/applications";

export const metadata: Metadata = { title: "申请详情" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE: Record<string, string> = { withdrawn: "申请已撤回。", resubmitted: "已重新提交，请等待金融机构受理。" };

export default async function MyApplicationPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const { done } = await searchParams;
  const app = await getMyApplication(actorOf(user), id);
  if (!app) notFound();
  const { row, record } = app;
  const lastReturn = [...app.history].reverse().find((h) => h.toStatus === "RETURNED");
  return (
    <div className="space-y-5">
      <p>
        <Link href="/me/applications" className="text-sm text-brand-700 underline">返回申请记录</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">申请详情 {row.number}</h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      <section aria-labelledby="summary" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary" className="sr-only">申请概况</h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <Item label="金融机构" value={row.institutionName} />
          <Item label="产品名称" value={row.productName} />
          <div>
            <dt className="text-sm text-slate-600">申贷状态</dt>
            <dd className="mt-1"><StatusBadge status={row.status} /></dd>
          </div>
          <Item label="授信额度" value={wanOrDash(row.approvedAmount)} />
          <Item label="放款/融资额度" value={wanOrDash(row.disbursedAmount)} />
          <Item label="申请类别" value={row.kindLabel} />
        </dl>
      </section>
      {record.status === "RETURNED" ? (
        <Notice tone="warning">
          <p className="font-medium">金融机构请您补充资料{lastReturn?.comment ? `：${lastReturn.comment}` : "。"}</p>
          <Link href={`/me/applications/${row.id}/edit`} className="mt-2 inline-block rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            修改并重新提交
          </Link>
        </Notice>
      ) : null}
      {canTransition("WITHDRAW", record.status) ? <WithdrawForm number={row.number} action={withdrawApplication.bind(null, row.id)} /> : null}
      <section aria-labelledby="data" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="data" className="mb-3 text-lg font-semibold">申请信息</h2>
        <DetailList fields={app.fields} />
      </section>
      <section aria-labelledby="history" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="history" className="mb-3 text-lg font-semibold">办理记录</h2>
        <StatusHistory history={app.history} />
      </section>
    </div>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-slate-900">{value}</dd>
    </div>
  );
}
