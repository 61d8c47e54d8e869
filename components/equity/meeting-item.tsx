import { formatDateTime } from "@/components/applications/format";
import { formatWan } from "@/lib/format";
import { MEETING_STATUS } from "@/lib/equity/labels";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

export interface MeetingView {
  id: string;
  status: MeetingStatus;
  contactName: string;
  contactPhone: string;
  subject: string | null;
  reply: string | null;
  meetingAt: Date | null;
  meetingPlace: string | null;
  createdAt: Date;
  project: { name: string; enterpriseName: string; amount: { toString(): string } } | null;
  institution: { name: string } | null;
  requesterInstitution?: { name: string } | null;
}

// One 约谈 as 我的约谈, 约谈管理 and 我的股权融资 show it.
export function MeetingItem({ m, showContact = false, children }: { m: MeetingView; showContact?: boolean; children?: React.ReactNode }) {
  return (
    <article className="space-y-1 rounded-lg border border-slate-200 bg-white p-4 text-slate-800">
      <p className="font-semibold text-slate-900">
        {m.project ? `融资项目：${m.project.name}` : `投资机构：${m.institution?.name ?? ""}`}
        <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-sm font-normal">{MEETING_STATUS[m.status]}</span>
      </p>
      {m.project ? <p className="text-sm">企业名称：{m.project.enterpriseName} · 拟融资金额：{formatWan(m.project.amount.toString())}万元</p> : null}
      {m.requesterInstitution ? <p className="text-sm">发起机构：{m.requesterInstitution.name}</p> : null}
      {showContact ? <p className="text-sm">联系人：{m.contactName} · 手机号：{m.contactPhone}</p> : null}
      {m.subject ? <p className="text-sm">约谈事项：{m.subject}</p> : null}
      {m.meetingAt ? <p className="text-sm">约谈时间：{formatDateTime(m.meetingAt)} · 地点：{m.meetingPlace}</p> : null}
      {m.reply ? <p className="text-sm">回复：{m.reply}</p> : null}
      <p className="text-sm text-slate-600">发起时间：<time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time></p>
      {children}
    </article>
  );
}
