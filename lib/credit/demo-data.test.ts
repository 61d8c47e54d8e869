import { describe, expect, it } from "vitest";
import { DEMO_ENTERPRISE, REGISTRY_ENTERPRISES } from "@/prisma/seed/people";
import { DISHONEST_ENTERPRISE, govDataRows, NO_RECORD_ENTERPRISE } from "@/prisma/seed/gov-data";
import { parseGovData } from "@/lib/services/gov-data/parse";

// The seeded government data is plausible, varied and readable by the drivers' own schema.
describe("seeded government data", () => {
  const rows = govDataRows();
  const uscc = (name: string) => REGISTRY_ENTERPRISES.find((e) => e.name === name)!.uscc;
  const of = (key: string, source: string) => rows.find((r) => r.subjectKey === key && r.source === source)?.data as Record<string, unknown> | undefined;

  it("fits the source schemas", () => {
    expect(rows.every((r) => parseGovData(r.source, r.data) !== null)).toBe(true);
  });

  it("has A-grade taxpayers, the demo enterprise among them, one 失信被执行人 and one enterprise without records", () => {
    expect(of(DEMO_ENTERPRISE.uscc, "TAX")).toMatchObject({ creditGrade: "A" });
    expect(rows.filter((r) => r.source === "TAX" && (r.data as { creditGrade: string }).creditGrade === "A").length).toBeGreaterThan(3);
    expect(new Set(rows.filter((r) => r.source === "TAX").map((r) => (r.data as { creditGrade: string }).creditGrade)).size).toBeGreaterThanOrEqual(4);
    const dishonest = rows.filter((r) => r.source === "JUDICIAL" && (r.data as { dishonest: boolean }).dishonest);
    expect(dishonest.map((r) => r.subjectKey)).toEqual([uscc(DISHONEST_ENTERPRISE)]);
    expect(rows.some((r) => r.subjectKey === uscc(NO_RECORD_ENTERPRISE))).toBe(false);
  });
});
