import Link from "next/link";
import type { DemandStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { demandKind } from "@/lib/demands/labels";
import { DEMAND_METHODS, labelOf } from "@/lib/reference";
import { DemandStatusBadge } from "./demand-status";

export interface DemandTableRow {
  id: string;
  number: string;
  isFirstLoan: boolean;
  amount: { toString(): string };
  termMonths: number;
  method: (typeof DEMAND_METHODS)[number]["value"];
  status: DemandStatus;
  anyInstitution: boolean;
  createdAt: Date;
  responseDueAt: Date | null;
  takenBy: { name: string } | null;
  expectedInstitutions: { institution: { name: string } }[];
}

export function expectedLabel(d: Pick<DemandTableRow, "anyInstitution" | "expectedInstitutions">): string {
  return d.anyInstitution ? "不限" : d.expectedInstitutions.map((e) => e.institution.name).join("、") || "—";
}

export const isOverdueRow = (d: Pick<DemandTableRow, "status" | "responseDueAt">, now: Date) =>
  d.status === "OPEN" && d.responseDueAt !== null && d.responseDueAt.getTime() <= now.getTime();

// A list of demands (我的需求, 机构工作台, 需求总览): a table on wide screens that scrolls on phones.
export function DemandTable<R extends DemandTableRow>({ rows, caption, hrefFor, now, extra }: {
  rows: R[];
  caption: string;
  hrefFor: (row: R) => string;
  now: Date;
  extra?: { heading: string; cell: (row: R) => string };
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[760px] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">需求编号</th>
            {extra ? <th scope="col" className="px-3 py-2">{extra.heading}</th> : null}
            <th scope="col" className="px-3 py-2">融资金额</th>
            <th scope="col" className="px-3 py-2">融资期限</th>
            <th scope="col" className="px-3 py-2">融资方式</th>
            <th scope="col" className="px-3 py-2">期望机构</th>
            <th scope="col" className="px-3 py-2">状态</th>
            <th scope="col" className="px-3 py-2">对接机构</th>
            <th scope="col" className="px-3 py-2">发布时间</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={hrefFor(r)} className="font-medium text-brand-700 underline">{r.number}</Link>
                <span className="block text-xs text-slate-600">{demandKind(r.isFirstLoan)}</span>
              </td>
              {extra ? <td className="px-3 py-2">{extra.cell(r)}</td> : null}
              <td className="px-3 py-2 whitespace-nowrap">{Number(r.amount.toString())}万</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.termMonths}个月</td>
              <td className="px-3 py-2">{labelOf(DEMAND_METHODS, r.method)}</td>
              <td className="px-3 py-2">{expectedLabel(r)}</td>
              <td className="px-3 py-2"><DemandStatusBadge status={r.status} overdue={isOverdueRow(r, now)} /></td>
              <td className="px-3 py-2">{r.takenBy?.name ?? "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
