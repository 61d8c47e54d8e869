import type { DemandStatus, Role } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { DEMAND_STATUS_LABELS, demandKind } from "@/lib/demands/labels";
import { DEMAND_METHODS, GENDERS, REGIONS, labelOf } from "@/lib/reference";
import { expectedLabel, type DemandTableRow } from "./demand-table";

export interface DemandDetailData extends DemandTableRow {
  applicantType: "ENTERPRISE" | "PERSONAL";
  purpose: string;
  rateFrom: { toString(): string };
  rateTo: { toString(): string };
  region: (typeof REGIONS)[number]["value"];
  realName: string;
  gender: "MALE" | "FEMALE";
  phone: string;
  enterpriseName: string | null;
  matchedAmount: { toString(): string } | null;
  history: {
    id: string;
    fromStatus: DemandStatus | null;
    toStatus: DemandStatus;
    event: string | null;
    actorRole: Role | null;
    comment: string | null;
    amount: { toString(): string } | null;
    createdAt: Date;
    institutionId: string | null;
  }[];
  historyInstitutions: Record<string, string>;
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-3 border-b border-slate-100 py-1.5">
      <dt className="w-28 shrink-0 text-slate-600">{label}</dt>
      <dd className="min-w-0 break-all text-slate-900">{value}</dd>
    </div>
  );
}

// The demand as published, with the contact block (masked for institutions that have not taken it up).
export function DemandFacts({ demand, contactNote }: { demand: DemandDetailData; contactNote?: string }) {
  return (
    <section aria-labelledby="demand-data" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="demand-data" className="mb-3 text-lg font-semibold">需求信息</h2>
      <dl className="grid gap-x-6 sm:grid-cols-2">
        <Row label="需求类别" value={demandKind(demand.isFirstLoan)} />
        <Row label="企业/个人" value={demand.applicantType === "ENTERPRISE" ? "企业" : "个人"} />
        <Row label="融资金额" value={`${Number(demand.amount.toString())}万`} />
        <Row label="融资期限" value={`${demand.termMonths}个月`} />
        <Row label="融资用途" value={demand.purpose} />
        <Row label="融资方式" value={labelOf(DEMAND_METHODS, demand.method)} />
        <Row label="期望利率" value={`${Number(demand.rateFrom.toString())}% – ${Number(demand.rateTo.toString())}%（年化）`} />
        <Row label="期望机构" value={expectedLabel(demand)} />
        <Row label="对接机构" value={demand.takenBy?.name ?? "—"} />
        <Row label="授信/放款金额" value={demand.matchedAmount ? `${Number(demand.matchedAmount.toString())}万` : "—"} />
        <Row label="发布时间" value={formatDateTime(demand.createdAt)} />
        <Row label="接单时限" value={demand.responseDueAt && demand.status === "OPEN" ? formatDateTime(demand.responseDueAt) : "—"} />
      </dl>
      <h3 className="mb-2 mt-4 font-semibold">联系方式</h3>
      {contactNote ? <p className="mb-2 text-sm text-slate-600">{contactNote}</p> : null}
      <dl className="grid gap-x-6 sm:grid-cols-2">
        <Row label="所属区域" value={labelOf(REGIONS, demand.region)} />
        <Row label="真实姓名" value={`${demand.realName}${demand.gender ? ` ${labelOf(GENDERS, demand.gender)}` : ""}`} />
        <Row label="联系电话" value={demand.phone} />
        {demand.enterpriseName ? <Row label="企业名称" value={demand.enterpriseName} /> : null}
      </dl>
    </section>
  );
}

const EVENTS: Record<string, string> = { edited: "修改需求", overdue: "接单超时", readdressed: "平台重新指派", declined: "无法满足" };

function titleOf(h: DemandDetailData["history"][number]): string {
  if (h.fromStatus === null) return "发布需求";
  if (h.event && EVENTS[h.event]) return h.event === "declined" ? `${EVENTS.declined} → ${DEMAND_STATUS_LABELS[h.toStatus]}` : EVENTS[h.event];
  if (h.toStatus === "IN_PROGRESS") return "机构接单 → 对接中";
  return DEMAND_STATUS_LABELS[h.toStatus];
}

const ACTOR: Record<Role, string> = { PERSONAL: "发布人", ENTERPRISE: "发布人", STAFF: "金融机构", ADMIN: "平台管理员" };

export function DemandHistory({ demand }: { demand: DemandDetailData }) {
  return (
    <section aria-labelledby="demand-history" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="demand-history" className="mb-3 text-lg font-semibold">对接记录</h2>
      <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
        {demand.history.map((h) => (
          <li key={h.id} className="relative">
            <span aria-hidden="true" className="absolute -left-[1.6rem] top-1.5 h-3 w-3 rounded-full bg-brand-700" />
            <p className="font-medium text-slate-900">
              {titleOf(h)}
              {h.amount ? <span className="ml-2 text-slate-700">授信/放款金额 {Number(h.amount.toString())}万</span> : null}
            </p>
            <p className="text-sm text-slate-600">
              <time dateTime={h.createdAt.toISOString()}>{formatDateTime(h.createdAt)}</time> ·{" "}
              {h.institutionId ? (demand.historyInstitutions[h.institutionId] ?? "金融机构") : h.actorRole ? ACTOR[h.actorRole] : "系统"}
            </p>
            {h.comment ? <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{h.event === "declined" ? "原因：" : "备注："}{h.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
