// The 接单 deadline of a demand: the end of the Nth working day after the day it was published (or
// re-addressed), in Tianshui time (Asia/Shanghai, UTC+8, no daylight saving). Working days follow the
// State Council's yearly holiday notice (法定节假日 off, 调休 weekends on) as the chinese-days package
// carries it; a year the package does not know yet falls back to Monday–Friday. N is
// DEMAND_RESPONSE_WORKING_DAYS (default 3). Time is always passed in, so tests move it; nothing here
// reads the clock.
import chineseDays from "chinese-days";

export const DEFAULT_RESPONSE_WORKING_DAYS = 3;
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

export function responseWorkingDays(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.DEMAND_RESPONSE_WORKING_DAYS);
  return Number.isInteger(value) && value >= 1 && value <= 30 ? value : DEFAULT_RESPONSE_WORKING_DAYS;
}

// 元旦 is a holiday in every year's notice, so a year whose 1 January the package does not call a holiday
// is a year it has no notice for.
const knownYears = new Map<number, boolean>();
export function holidayCalendarKnows(year: number): boolean {
  let known = knownYears.get(year);
  if (known === undefined) {
    known = chineseDays.isHoliday(`${year}-01-01`);
    knownYears.set(year, known);
  }
  return known;
}

export function isWorkingDay(shanghaiMidnightUtc: number): boolean {
  const date = new Date(shanghaiMidnightUtc);
  if (holidayCalendarKnows(date.getUTCFullYear())) return chineseDays.isWorkday(date.toISOString().slice(0, 10));
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

// The instant the deadline passes: midnight in Shanghai at the end of the Nth working day after `from`'s day.
export function responseDeadline(from: Date, workingDays = responseWorkingDays()): Date {
  // Work on "Shanghai wall-clock" days expressed in UTC milliseconds.
  let day = Math.floor((from.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS;
  let counted = 0;
  while (counted < workingDays) {
    day += DAY_MS;
    if (isWorkingDay(day)) counted += 1;
  }
  return new Date(day + DAY_MS - SHANGHAI_OFFSET_MS);
}

export function isOverdue(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() >= deadline.getTime();
}
