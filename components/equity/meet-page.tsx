import Link from "next/link";
import { MeetingForm } from "@/components/equity/meeting-form";
import { askForMeeting } from "@/lib/equity/actions";
import { meetingDefaults } from "@/lib/equity/queries";
import type { Actor } from "@/lib/domain/actor";

// 我要约谈 for a project or a fund: the form, prefilled from the account. The command checks every rule.
export async function MeetPage({ actor, kind, id, title, back }: { actor: Actor; kind: "project" | "fund"; id: string; title: string; back: string }) {
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">我要约谈</h1>
      <section aria-label="约谈对象" className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-lg font-semibold text-slate-900">{title}</p>
        <p className="mt-1"><Link href={back} className="text-brand-700 underline underline-offset-2">返回详情</Link></p>
      </section>
      <MeetingForm action={askForMeeting.bind(null, kind, id)} defaults={await meetingDefaults(actor)} />
    </div>
  );
}
