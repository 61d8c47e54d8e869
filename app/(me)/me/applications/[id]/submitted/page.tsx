import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UndoApplicationForm } from "@/components/applications/undo-application-form";
import { withdrawApplication } from "@/lib/applications/actions";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { undoMinutesLeft, withinUndoWindow } from "@/lib/domain/undo";
import { getMyApplication } from "@/lib/applications/queries";
import { canTransition } from "@/lib/applications/status-machine";

export const metadata: Metadata = { title: "申请已提交" };

type Props = { params: Promise<{ id: string }> };

// The confirmation after 立即申请 / 续贷 / 转贷: the application number and where to follow it.
export default async function SubmittedPage({ params }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const app = id ? await getMyApplication(actor, id) : null;
  if (!app) notFound();
  const now = new Date();
  const undo = canTransition("WITHDRAW", app.record.status) && withinUndoWindow(app.row.submittedAt, now);
  return (
    <div className="rounded-lg border border-green-300 bg-white p-6 text-center sm:p-10">
      <h1 className="text-2xl font-bold text-green-800">申请已提交</h1>
      <p className="mt-4 text-slate-800">
        申请编号：<strong className="text-lg tracking-wide" data-testid="application-number">{app.row.number}</strong>
      </p>
      <p className="mt-2 text-slate-700">
        {app.row.productName} · {app.row.institutionName} · 申请金额 {Number(app.row.amount)}万
      </p>
      <p className="mt-4 leading-7 text-slate-700">
        金融机构受理和审批的进展会通过“消息中心”通知您，也可以随时在“申请记录”中查看。
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/me/applications" className="rounded bg-brand-700 px-5 py-2.5 text-white hover:bg-brand-800">
          查看申请记录
        </Link>
        <Link href={`/me/applications/${app.row.id}`} className="rounded border border-brand-700 px-5 py-2.5 text-brand-700 hover:bg-brand-50">
          查看申请详情
        </Link>
      </div>
      {undo ? (
        <UndoApplicationForm minutesLeft={undoMinutesLeft(app.row.submittedAt, now)} action={withdrawApplication.bind(null, app.row.id)} />
      ) : null}
    </div>
  );
}
