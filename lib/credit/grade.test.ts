import { describe, expect, it } from "vitest";
import type { SourceResult, SourceResults } from "@/lib/services/gov-data/collect";
import type { GovDataOf, GovSourceKind } from "@/lib/services/gov-data/types";
import { gradeReport } from "./grade";

const AT = new Date("2026-12-01T00:00:00Z");
const ok = <K extends GovSourceKind>(kind: K, data: GovDataOf[K]) =>
  ({ kind, driver: "test", requestId: "r", durationMs: 1, status: "OK", data, dataTime: "2026-11-30T16:00:00.000Z" }) as SourceResult<K>;
const none = <K extends GovSourceKind>(kind: K) => ({ kind, driver: "test", requestId: "r", durationMs: 1, status: "NO_RECORD", dataTime: null }) as SourceResult<K>;
const down = <K extends GovSourceKind>(kind: K) =>
  ({ kind, driver: "test", requestId: "r", durationMs: 1, status: "UNAVAILABLE", reason: "TIMEOUT", error: "slow" }) as SourceResult<K>;

const business = (establishedOn: string, status = "存续") =>
  ok("BUSINESS", { name: "天水示范科技有限公司", status, establishedOn, registeredCapital: 500, legalRepName: "王建国", businessScope: "软件开发" });

const good: SourceResults = {
  BUSINESS: business("2018-05-22"),
  TAX: ok("TAX", { creditGrade: "A", taxPaid: [{ year: 2025, amount: 80 }] }),
  SOCIAL: ok("SOCIAL", { insuredStaff: 68 }),
  JUDICIAL: ok("JUDICIAL", { enforcementCases: 0, dishonest: false, lawsuits: 0 }),
  PENALTY: ok("PENALTY", { penalties: [] }),
};

describe("the 信用报告 grading rule (docs/credit-report.md)", () => {
  it("an A-grade taxpayer in business for 8 years with 68 insured staff and a clean record: 60+8+15+10 = 93, A", () => {
    const grade = gradeReport(good, AT);
    expect(grade).toMatchObject({ score: 93, grade: "A" });
    expect(grade.items.map((i) => [i.source, i.points])).toEqual([["BUSINESS", 8], ["TAX", 15], ["SOCIAL", 10]]);
  });

  it("counts full years only: one day before the 5th anniversary is 3+ years", () => {
    expect(gradeReport({ ...good, BUSINESS: business("2021-12-02") }, AT).items[0]).toMatchObject({ rule: "成立满4年", points: 5 });
    expect(gradeReport({ ...good, BUSINESS: business("2021-12-01") }, AT).items[0]).toMatchObject({ rule: "成立满5年", points: 8 });
  });

  it("a 失信被执行人 is D whatever the points", () => {
    const grade = gradeReport({ ...good, JUDICIAL: ok("JUDICIAL", { enforcementCases: 3, dishonest: true, lawsuits: 7 }) }, AT);
    // 93 − 40 (失信) − 20 (被执行, capped) − 5 (涉诉 ≥ 3) = 28
    expect(grade).toMatchObject({ score: 28, grade: "D" });
    const high = gradeReport({ ...good, JUDICIAL: ok("JUDICIAL", { enforcementCases: 0, dishonest: true, lawsuits: 0 }) }, AT);
    expect(high.score).toBe(53);
    expect(high.grade).toBe("D");
  });

  it("subtracts for tax grade D, a revoked licence, no insured staff and penalties (capped)", () => {
    const grade = gradeReport(
      {
        BUSINESS: business("2025-06-01", "吊销"),
        TAX: ok("TAX", { creditGrade: "D", taxPaid: [] }),
        SOCIAL: ok("SOCIAL", { insuredStaff: 0 }),
        JUDICIAL: ok("JUDICIAL", { enforcementCases: 0, dishonest: false, lawsuits: 1 }),
        PENALTY: ok("PENALTY", { penalties: [1, 2, 3, 4].map(() => ({ date: "2025-01-10", authority: "市场监管局", reason: "x" })) }),
      },
      AT,
    );
    // 60 − 30 − 20 − 5 − 15 = −10 → clamped to 0
    expect(grade).toMatchObject({ score: 0, grade: "D" });
  });

  it("no records and unavailable sources add nothing: the base score stands", () => {
    const empty: SourceResults = { BUSINESS: none("BUSINESS"), TAX: down("TAX"), SOCIAL: none("SOCIAL"), JUDICIAL: none("JUDICIAL"), PENALTY: down("PENALTY") };
    expect(gradeReport(empty, AT)).toEqual({ score: 60, grade: "C", items: [] });
  });

  it("grades a person by months of 社保 and 公积金", () => {
    const person: SourceResults = { ...good, BUSINESS: none("BUSINESS"), TAX: none("TAX"), SOCIAL: ok("SOCIAL", { socialMonths: 40, housingFundMonths: 24 }) };
    expect(gradeReport(person, AT)).toMatchObject({ score: 75, grade: "B" });
  });
});
