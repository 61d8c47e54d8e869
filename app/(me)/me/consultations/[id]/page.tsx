import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/applications/format";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { getMyConsultation } from "@/lib/consultations/queries";

export const metadata: Metadata = { title: "咨询详情" };

type Props = { params: Promise<{ id: string }> };

export default async function MyConsultationPage({ params }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const c = id ? await getMyConsultation(actor, id) : null;
  if (!c) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/me/consultations" className="text-sm text-brand-700 underline">返回我的咨询</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">咨询详情</h1>
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <p className="text-sm text-slate-600">
          咨询机构：{c.institution.name}
          {c.product ? (
            <>
              {" · 产品："}
              <Link href={`/products/${c.product.id}`} className="text-brand-700 underline">{c.product.name}</Link>
            </>
          ) : null}
        </p>
        <section aria-labelledby="q">
          <h2 id="q" className="font-semibold text-slate-900">我的问题</h2>
          <p className="mt-1 whitespace-pre-line text-slate-800">{c.question}</p>
          <p className="text-sm text-slate-600"><time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time></p>
        </section>
        <section aria-labelledby="a">
          <h2 id="a" className="font-semibold text-slate-900">机构回复</h2>
          {c.answer && c.answeredAt ? (
            <>
              <p className="mt-1 whitespace-pre-line text-slate-800">{c.answer}</p>
              <p className="text-sm text-slate-600"><time dateTime={c.answeredAt.toISOString()}>{formatDateTime(c.answeredAt)}</time></p>
            </>
          ) : (
            <p className="mt-1 text-amber-800">等待机构回复，回复后将通过消息中心通知您。</p>
          )}
        </section>
      </div>
    </div>
  );
}
