import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { formatDateTime } from "@/components/applications/format";
import { TextMessageForm } from "@/components/applications/question-form";
import { requireActor } from "@/lib/auth/current";
import { answerQuestion } from "@/lib/consultations/actions";
import { getOrgConsultation } from "@/lib/consultations/queries";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "回复咨询" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function OrgConsultationPage({ params, searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  const id = parseRouteId((await params).id);
  const c = id ? await getOrgConsultation(actor, id) : null;
  if (!c) notFound();
  const { done } = await searchParams;
  return (
    <div className="space-y-4">
      <p>
        <Link href="/org/consultations" className="text-sm text-brand-700 underline">返回咨询回复</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">回复咨询</h1>
      {done === "answered" ? <Notice>回复已发送，用户将在消息中心收到通知。</Notice> : null}
      <section aria-labelledby="q" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="q" className="font-semibold text-slate-900">用户提问</h2>
        <p className="mt-1 text-sm text-slate-600">
          {c.product?.name ?? "机构咨询"} · {c.user.name ?? "用户"} · {formatDateTime(c.createdAt)}
        </p>
        <p className="mt-2 whitespace-pre-line text-slate-900">{c.question}</p>
      </section>
      <section aria-labelledby="a" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="a" className="mb-3 font-semibold text-slate-900">回复</h2>
        {c.answer && c.answeredAt ? (
          <>
            <p className="whitespace-pre-line text-slate-900">{c.answer}</p>
            <p className="mt-1 text-sm text-slate-600">{formatDateTime(c.answeredAt)}</p>
          </>
        ) : (
          <TextMessageForm action={answerQuestion.bind(null, c.id)} kind="answer" id="answer" name="answer" label="回复内容" button="发送回复" />
        )}
      </section>
    </div>
  );
}
