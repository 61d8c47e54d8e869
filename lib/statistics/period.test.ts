import { describe, expect, it } from "vitest";
import { filterQuery, parseStatisticsFilter, periodBounds, splitPeriod, trendMonths } from "./period";
import { rankOf, sortInstitutions } from "./ranking";
import type { InstitutionRow } from "./figures";

// 2026-03-31 20:00 UTC is already 1 April in Beijing.
const now = new Date("2026-03-31T20:00:00Z");

describe("统计时段", () => {
  it("takes 本月, 本季度 and 本年 in Beijing time", () => {
    expect(parseStatisticsFilter({}, now)).toMatchObject({ period: "month", fromDay: "2026-04-01", toDay: "2026-04-30" });
    expect(parseStatisticsFilter({ period: "quarter" }, now)).toMatchObject({ fromDay: "2026-04-01", toDay: "2026-06-30" });
    expect(parseStatisticsFilter({ period: "year" }, now)).toMatchObject({ fromDay: "2026-01-01", toDay: "2026-12-31" });
  });

  it("bounds a period by Beijing midnights", () => {
    const { start, end } = periodBounds({ fromDay: "2026-02-01", toDay: "2026-02-28" });
    expect(start.toISOString()).toBe("2026-01-31T16:00:00.000Z");
    expect(end.toISOString()).toBe("2026-02-28T16:00:00.000Z");
  });

  it("refuses impossible or reversed custom dates and over-long spans", () => {
    expect(parseStatisticsFilter({ period: "custom", from: "2026-02-29", to: "2026-03-01" }, now).problem).toBeTruthy();
    expect(parseStatisticsFilter({ period: "custom", from: "2026-02-01", to: "2026-01-01" }, now).problem).toBe("开始日期不能晚于结束日期");
    expect(parseStatisticsFilter({ period: "custom", from: "2015-01-01", to: "2026-01-01" }, now).problem).toBe("自定义时段最长为5年");
    const leap = parseStatisticsFilter({ period: "custom", from: "2024-02-29", to: "2024-03-01" }, now);
    expect([leap.period, leap.problem]).toEqual(["custom", undefined]);
  });

  it("ignores unknown districts and types, and writes the filter back as a query", () => {
    const f = parseStatisticsFilter({ period: "custom", from: "2026-01-01", to: "2026-01-31", district: "maiji", type: "ip_service" }, now);
    expect(f).toMatchObject({ district: "MAIJI", institutionType: "IP_SERVICE" });
    expect(filterQuery(f)).toBe("period=custom&from=2026-01-01&to=2026-01-31&district=maiji&type=ip_service");
    expect(parseStatisticsFilter({ district: "x' OR 1=1", type: "bank;" }, now)).toMatchObject({ district: undefined, institutionType: undefined });
  });

  it("draws the trend over the 12 months up to the period's end", () => {
    expect(trendMonths("2026-02-15")).toEqual([
      "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02",
    ]);
  });
});

describe("whole months from the rollup, the other days from the table", () => {
  const iso = (p: ReturnType<typeof splitPeriod>) => ({ months: p.months, edges: p.edges.map((e) => [e.start.toISOString(), e.end.toISOString()]) });
  it("reads a whole-month period from the rollup only", () => {
    expect(iso(splitPeriod("2026-01-01", "2026-03-31"))).toEqual({ months: { from: "2026-01-01", to: "2026-04-01" }, edges: [] });
    expect(iso(splitPeriod("2026-12-01", "2026-12-31"))).toEqual({ months: { from: "2026-12-01", to: "2027-01-01" }, edges: [] });
  });
  it("reads the days around whole months from the table", () => {
    expect(iso(splitPeriod("2026-01-15", "2026-03-10"))).toEqual({
      months: { from: "2026-02-01", to: "2026-03-01" },
      edges: [["2026-01-14T16:00:00.000Z", "2026-01-31T16:00:00.000Z"], ["2026-02-28T16:00:00.000Z", "2026-03-10T16:00:00.000Z"]],
    });
  });
  it("reads a period inside one month from the table only", () => {
    expect(iso(splitPeriod("2026-02-02", "2026-02-27"))).toEqual({ months: null, edges: [["2026-02-01T16:00:00.000Z", "2026-02-27T16:00:00.000Z"]] });
  });
});

describe("机构排名", () => {
  const row = (id: string, matches: number, hours: number | null): InstitutionRow => ({
    id, name: id, type: "BANK", products: 0, applications: 0, matches, lent: "0", avgResponseHours: hours, success: { success: 0, decided: 0, rate: null },
  });
  const rows = [row("甲", 3, 10), row("乙", 5, null), row("丙", 3, 2)];

  it("ranks larger first, ties share a place, and a shorter response ranks higher", () => {
    expect(sortInstitutions(rows, "matches").map((r) => r.id)).toEqual(["乙", "丙", "甲"]);
    expect(rankOf(rows, "甲", "matches")).toBe(2);
    expect(rankOf(rows, "丙", "matches")).toBe(2);
    expect(sortInstitutions(rows, "response").map((r) => r.id)).toEqual(["丙", "甲", "乙"]);
    expect(rankOf(rows, "乙", "response")).toBeNull();
  });
});
