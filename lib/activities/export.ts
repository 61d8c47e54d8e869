import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import { isAdmin, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/format";
import { maskPhone } from "@/lib/mask";
import { REGISTRATION_STATUS_LABELS } from "./status";

// The registrant list as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads the
// Chinese as another code page). Phones are masked unless the admin asks for the full numbers,
// and each export is written to the audit log (which list, how many rows, masked or not).

const HEADER = ["序号", "姓名", "手机号", "单位名称", "参加人数", "备注", "报名状态", "报名时间", "取消时间", "取消方"];

// A cell that starts like a formula would be run by Excel ("=HYPERLINK(…)" typed into 备注).
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface RegistrantsCsv {
  filename: string;
  csv: string;
  rows: number;
}

export async function exportRegistrants(
  actor: Actor,
  activityId: string,
  opts: { fullPhones: boolean },
  meta?: RequestMeta,
): Promise<RegistrantsCsv> {
  if (!isAdmin(actor)) throw new NotFoundError("活动");
  const activity = await db.activity.findUnique({ where: { id: activityId }, select: { id: true, title: true } });
  if (!activity) throw new NotFoundError("活动");
  const registrations = await db.activityRegistration.findMany({
    where: { activityId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      name: true, phone: true, organization: true, attendees: true, remark: true, status: true, createdAt: true,
      cancelledAt: true, cancelledByOrganizer: true,
    },
  });
  const records = registrations.map((r, i) => [
    String(i + 1),
    neutraliseFormula(r.name),
    opts.fullPhones ? r.phone : maskPhone(r.phone),
    neutraliseFormula(r.organization),
    String(r.attendees),
    neutraliseFormula(r.remark ?? ""),
    REGISTRATION_STATUS_LABELS[r.status],
    formatDateTime(r.createdAt),
    r.cancelledAt ? formatDateTime(r.cancelledAt) : "",
    r.status === "CANCELLED" ? (r.cancelledByOrganizer ? "主办方" : "报名人") : "",
  ]);
  const csv = stringify([HEADER, ...records], { bom: true, record_delimiter: "windows" });
  await audit({
    action: opts.fullPhones ? "activity.registrants.export_full" : "activity.registrants.export",
    actorId: actor.id,
    targetType: "Activity",
    targetId: activity.id,
    meta,
    detail: { rows: records.length, phones: opts.fullPhones ? "full" : "masked" },
  });
  const safeTitle = activity.title.replace(/[\\/:*?"<>|\s]+/g, "").slice(0, 60);
  return { filename: `报名名单-${safeTitle}${opts.fullPhones ? "-完整手机号" : ""}.csv`, csv, rows: records.length };
}
