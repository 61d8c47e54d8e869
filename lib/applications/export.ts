import "server-only";
import writeXlsxFile from "write-excel-file/node";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";
import { applicantScope } from "./scope";
import { applicationRowSelect, toApplicationRow, type ApplicationRow } from "./view";

// 申请记录 → 导出 Excel: the user's own applications only (the same scope as the list), newest
// first, with the manual's columns. Amounts stay numbers so the sheet can sum them.
export const EXPORT_LIMIT = 5000;

const COLUMNS: { title: string; value: (r: ApplicationRow) => string | number | Date | null; width: number }[] = [
  { title: "申请编号", value: (r) => r.number, width: 22 },
  { title: "金融机构", value: (r) => r.institutionName, width: 24 },
  { title: "机构类型", value: (r) => r.institutionType, width: 10 },
  { title: "产品名称", value: (r) => r.productName, width: 24 },
  { title: "申请金额（万元）", value: (r) => Number(r.amount), width: 14 },
  { title: "申请期限（月）", value: (r) => r.termMonths, width: 12 },
  { title: "申请时间", value: (r) => r.submittedAt, width: 18 },
  { title: "用途", value: (r) => r.purpose, width: 16 },
  { title: "申贷状态", value: (r) => APPLICATION_STATUS_LABELS[r.status], width: 10 },
  { title: "授信额度（万元）", value: (r) => (r.approvedAmount === null ? null : Number(r.approvedAmount)), width: 14 },
  { title: "放款/融资额度（万元）", value: (r) => (r.disbursedAmount === null ? null : Number(r.disbursedAmount)), width: 18 },
];

// The sheet's rows, header first (kept apart from the file so tests can read them).
export async function myApplicationSheet(actor: Actor) {
  const records = await db.loanApplication.findMany({
    where: applicantScope(actor),
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: applicationRowSelect,
    take: EXPORT_LIMIT,
  });
  const rows = records.map(toApplicationRow);
  const header = COLUMNS.map((c) => ({ value: c.title, fontWeight: "bold" as const }));
  const data = rows.map((r) =>
    COLUMNS.map((c) => {
      const value = c.value(r);
      if (value instanceof Date) return { value, type: Date, format: "yyyy-mm-dd hh:mm" };
      return value === null ? null : { value };
    }),
  );
  return [header, ...data];
}

export async function exportMyApplications(actor: Actor): Promise<{ body: Buffer; filename: string }> {
  const body = await writeXlsxFile(await myApplicationSheet(actor), { columns: COLUMNS.map((c) => ({ width: c.width })), sheet: "申请记录" }).toBuffer();
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  return { body, filename: `申请记录-${day}.xlsx` };
}
