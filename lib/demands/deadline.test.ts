import { describe, expect, it } from "vitest";
import { holidayCalendarKnows, isOverdue, responseDeadline, responseWorkingDays } from "./deadline";

// Times in Tianshui (UTC+8) written out, so the expectations read like the calendar.
const at = (local: string) => new Date(`${local}+08:00`);

describe("the 接单 deadline in working days", () => {
  it("ends with the third working day after a Monday", () => {
    expect(responseDeadline(at("2026-11-30T10:00:00"), 3)).toEqual(at("2026-12-04T00:00:00")); // end of Thu 3 Dec
  });

  it("skips the weekend after a Thursday or a Friday", () => {
    expect(responseDeadline(at("2026-12-03T09:00:00"), 3)).toEqual(at("2026-12-09T00:00:00")); // Fri, Mon, Tue
    expect(responseDeadline(at("2026-12-04T23:30:00"), 3)).toEqual(at("2026-12-10T00:00:00")); // Mon, Tue, Wed
  });

  it("counts from Monday for a demand published at the weekend", () => {
    expect(responseDeadline(at("2026-12-05T12:00:00"), 3)).toEqual(at("2026-12-10T00:00:00"));
    expect(responseDeadline(at("2026-12-06T00:10:00"), 3)).toEqual(at("2026-12-10T00:00:00"));
  });

  it("uses Tianshui's date, not UTC's: 07:00 Monday in Tianshui is still Sunday in UTC", () => {
    expect(responseDeadline(at("2026-11-30T07:00:00"), 1)).toEqual(at("2026-12-02T00:00:00"));
  });

  it("skips the 国庆 holiday and counts the 调休 Saturday of 2026 as a working day", () => {
    // 2026: 1–7 October off; Saturday 10 October is a working day.
    expect(responseDeadline(at("2026-09-30T10:00:00"), 3)).toEqual(at("2026-10-11T00:00:00")); // 8, 9, 10 Oct
  });

  it("skips 元旦 2026 and falls back to Monday–Friday for a year without a published notice", () => {
    expect(responseDeadline(at("2025-12-31T10:00:00"), 1)).toEqual(at("2026-01-05T00:00:00")); // 1–3 Jan off, 4 Jan 调休
    expect(holidayCalendarKnows(2026)).toBe(true);
    expect(holidayCalendarKnows(2099)).toBe(false);
    expect(responseDeadline(at("2099-01-01T10:00:00"), 1)).toEqual(at("2099-01-03T00:00:00")); // Thu → Fri
  });

  it("is configurable, with 3 working days by default", () => {
    expect(responseWorkingDays({})).toBe(3);
    expect(responseWorkingDays({ DEMAND_RESPONSE_WORKING_DAYS: "5" })).toBe(5);
    expect(responseWorkingDays({ DEMAND_RESPONSE_WORKING_DAYS: "zero" })).toBe(3);
    expect(responseDeadline(at("2026-11-30T10:00:00"), 5)).toEqual(at("2026-12-08T00:00:00"));
  });

  it("is overdue from the deadline on", () => {
    const due = at("2026-12-04T00:00:00");
    expect(isOverdue(due, at("2026-12-03T23:59:59"))).toBe(false);
    expect(isOverdue(due, due)).toBe(true);
    expect(isOverdue(null, due)).toBe(false);
  });
});
