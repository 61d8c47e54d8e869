import { z } from "zod";
import { isCalendarDate } from "./fields";

// Date and time of day as typed in <input type="datetime-local"> ("2026-12-20T09:30"), always meant
// in Tianshui time (Asia/Shanghai, UTC+8 all year, no daylight saving), stored in UTC.
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const LOCAL_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

export function parseShanghaiDateTime(value: string): Date | null {
  const match = LOCAL_PATTERN.exec(value.trim());
  if (!match || !isCalendarDate(match[1])) return null;
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (hours > 23 || minutes > 59) return null;
  return new Date(Date.parse(`${match[1]}T${match[2]}:${match[3]}:00Z`) - SHANGHAI_OFFSET_MS);
}

// The value a datetime-local input shows for a stored time.
export function toShanghaiDateTimeInput(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

export function shanghaiDateTimeSchema(label: string) {
  return z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .refine((v) => parseShanghaiDateTime(v) !== null, `${label}格式应为 年-月-日 时:分`)
    .transform((v) => parseShanghaiDateTime(v)!);
}

