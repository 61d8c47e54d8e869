import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ApplicationStatus, Region } from "@/lib/generated/prisma/enums";
import {
  actorOf, apply, createdId, decide, makeInstitution, makeUser, makeWorld, personalForm, resubmit, validUscc, type World,
} from "@/tests/helpers/application-fixtures";
import { parseStatisticsFilter } from "./period";
import { ownInstitutionStatistics, supervisionStatistics } from "./queries";

// Figures against a hand-computed fixture in March 2015 (no other test writes there), and the times
// the real workflow records for them.

const bj = (s: string) => new Date(`${s}+08:00`);
const H = 3600_000;
const march = (over: Record<string, string> = {}) => parseStatisticsFilter({ period: "custom", from: "2015-03-01", to: "2015-03-31", ...over });

let w: World;
let A: { id: string }, B: { id: string }, C: { id: string };
let seq = 0;

async function application(inst: { id: string }, applicantId: string, status: ApplicationStatus, o: {
  submitted: string; region?: Region; respondedAfterH?: number; approved?: [string, number]; disbursed?: [string, number];
}) {
  const submittedAt = bj(o.submitted);
  await db.loanApplication.create({
    data: {
      number: `SQTEST2015${String(++seq).padStart(6, "0")}${Math.random().toString(36).slice(2, 6)}`,
      applicantId, applicantType: "PERSONAL", institutionId: inst.id, status, amount: 200, termMonths: 12, region: o.region ?? null,
      submittedAt,
      firstRespondedAt: o.respondedAfterH ? new Date(submittedAt.getTime() + o.respondedAfterH * H) : null,
      approvedAt: o.approved ? bj(o.approved[0]) : null, approvedAmount: o.approved?.[1] ?? null,
      disbursedAt: o.disbursed ? bj(o.disbursed[0]) : null, disbursedAmount: o.disbursed?.[1] ?? null,
    },
  });
}

async function demand(region: Region, status: "OPEN" | "IN_PROGRESS" | "MATCHED", takenBy: { id: string } | null, userId: string, overdue = false) {
  await db.financingDemand.create({
    data: {
      number: `XQTEST2015${String(++seq).padStart(6, "0")}${Math.random().toString(36).slice(2, 6)}`,
      userId, applicantType: "PERSONAL", amount: 100, termMonths: 12, purpose: "经营周转", method: "ANY", rateFrom: 3, rateTo: 8,
      region, realName: "张三", gender: "MALE", phone: "13900000000", status, takenByInstitutionId: takenBy?.id ?? null,
      takenAt: takenBy ? bj("2015-03-12T09:00:00") : null, overdueAt: overdue ? bj("2015-03-20T09:00:00") : null,
      createdAt: bj("2015-03-11T09:00:00"),
    },
  });
}

beforeAll(async () => {
  w = await makeWorld();
  [A, B, C] = [await makeInstitution("BANK"), await makeInstitution("BANK"), await makeInstitution("GUARANTEE")];
  const enterprise = await makeUser("ENTERPRISE", { name: "统计企业" });
  await db.enterpriseProfile.create({ data: { userId: enterprise.id, name: `统计测试企业${seq}`, uscc: validUscc(), region: "MAIJI" } });
  const person = await makeUser("PERSONAL", { name: "统计个人" });
  await db.user.updateMany({ where: { id: { in: [enterprise.id, person.id] } }, data: { createdAt: bj("2015-03-15T12:00:00") } });

  await application(A, enterprise.id, "DISBURSED", { submitted: "2015-03-01T10:00:00", respondedAfterH: 2, approved: ["2015-03-03T10:00:00", 100], disbursed: ["2015-03-05T10:00:00", 80] });
  await application(A, person.id, "REJECTED", { submitted: "2015-03-02T10:00:00", region: "QINZHOU", respondedAfterH: 4 });
  await application(B, person.id, "APPROVED", { submitted: "2015-03-03T10:00:00", region: "QINZHOU", respondedAfterH: 6, approved: ["2015-03-10T10:00:00", 50] });
  await application(B, person.id, "SUBMITTED", { submitted: "2015-03-31T23:30:00" });
  await application(C, enterprise.id, "WITHDRAWN", { submitted: "2015-03-04T10:00:00" });
  // Submitted in February, approved in February, disbursed in March: 放款 only.
  await application(A, enterprise.id, "DISBURSED", { submitted: "2015-02-28T23:00:00", respondedAfterH: 1, approved: ["2015-02-28T23:30:00", 30], disbursed: ["2015-03-02T23:00:00", 30] });
  // The first minute of April belongs to April.
  await application(A, person.id, "SUBMITTED", { submitted: "2015-04-01T00:00:00" });

  await demand("MAIJI", "MATCHED", A, enterprise.id);
  await demand("QINZHOU", "OPEN", null, person.id, true);
  await demand("QINZHOU", "IN_PROGRESS", C, person.id);

  const activity = await db.activity.create({
    data: {
      title: "统计测试活动", summary: "测试", body: "测试", organizer: "金融办", address: "秦州区", startAt: bj("2015-03-20T09:00:00"),
      registrationDeadline: bj("2015-03-19T18:00:00"), capacity: 50, status: "PUBLISHED", publishedAt: bj("2015-03-01T09:00:00"),
    },
  });
  await db.activityRegistration.create({ data: { activityId: activity.id, userId: person.id, name: "统计个人", phone: "13900000001", organization: "个人", attendees: 3, createdAt: bj("2015-03-10T09:00:00") } });
  await db.activityRegistration.create({ data: { activityId: activity.id, userId: enterprise.id, name: "统计企业", phone: "13900000002", organization: "企业", status: "CANCELLED", createdAt: bj("2015-03-10T10:00:00") } });
});

describe("监管统计 figures", () => {
  it("match the hand-computed figures for March 2015", async () => {
    const f = await supervisionStatistics(w.admin, march());
    expect(f.applications.total).toBe(5);
    expect(f.applications.byStatus).toMatchObject({ DISBURSED: 1, REJECTED: 1, APPROVED: 1, SUBMITTED: 1, WITHDRAWN: 1, ACCEPTED: 0, RETURNED: 0 });
    expect(f.approved).toEqual({ count: 2, amount: "150" });
    expect(f.disbursed).toMatchObject({ count: 2, amount: "110" });
    expect(f.disbursed.avgDays).toBeCloseTo(3, 5); // 4 days and 2 days from 提交 to 放款
    expect(f.success).toEqual({ success: 2, decided: 3, rate: 2 / 3 });
    expect(f.avgResponseHours).toBeCloseTo(4, 5); // 2 h, 4 h, 6 h
    expect(f.demands).toEqual({ published: 3, taken: 2, matched: 1, overdue: 1 });
    expect(f.activities).toEqual({ activities: 1, registrations: 1, attendees: 3 });
    expect(f.newUsers).toEqual({ personal: 1, enterprise: 1 });

    const row = (id: string) => f.institutions.find((r) => r.id === id)!;
    expect(row(A.id)).toMatchObject({ applications: 2, matches: 2, lent: "110", success: { success: 1, decided: 2, rate: 0.5 } });
    expect(row(A.id).avgResponseHours).toBeCloseTo(3, 5);
    expect(row(B.id)).toMatchObject({ applications: 2, matches: 1, lent: "0", avgResponseHours: 6, success: { rate: 1 } });
    expect(row(C.id)).toMatchObject({ applications: 1, matches: 0, avgResponseHours: null, success: { rate: null } });

    const district = (d: Region | null) => f.districts.find((r) => r.district === d)!;
    expect(district("MAIJI")).toMatchObject({ applications: 2, matches: 2, lent: "110", demands: 1 });
    expect(district("QINZHOU")).toMatchObject({ applications: 2, matches: 1, lent: "0", demands: 2 });
    expect(district(null)).toMatchObject({ label: "未注明区域", applications: 1 });

    const month = (m: string) => f.trend.find((t) => t.month === m)!;
    expect(f.trend).toHaveLength(12);
    expect(f.trend[11].month).toBe("2015-03");
    expect(month("2015-03")).toEqual({ month: "2015-03", applications: 5, lent: "110" });
    expect(month("2015-02")).toEqual({ month: "2015-02", applications: 1, lent: "0" });
  });

  it("add the days around whole months from the table to the months of the rollup", async () => {
    // 15 Feb – 31 Mar: February's last days from the table (the application of 28 Feb), March from the rollup.
    const f = await supervisionStatistics(w.admin, march({ from: "2015-02-15" }));
    expect(f.applications.total).toBe(6);
    expect(f.approved).toEqual({ count: 3, amount: "180" });
    // 1–30 Mar from the table only: the application of 31 Mar 23:30 is outside.
    const g = await supervisionStatistics(w.admin, march({ to: "2015-03-30" }));
    expect(g.applications.total).toBe(4);
    expect(g.applications.byStatus.SUBMITTED).toBe(0);
    expect(g.success).toEqual({ success: 2, decided: 3, rate: 2 / 3 });
  });

  it("narrow by 机构类型 (take-ups, not what was published) and by district", async () => {
    const guarantee = await supervisionStatistics(w.admin, march({ type: "guarantee" }));
    expect(guarantee.applications.total).toBe(1);
    expect(guarantee.institutions.some((r) => r.id === A.id)).toBe(false);
    expect(guarantee.demands).toEqual({ published: 3, taken: 1, matched: 0, overdue: 1 });

    const qinzhou = await supervisionStatistics(w.admin, march({ district: "qinzhou" }));
    expect(qinzhou.applications.total).toBe(2);
    expect(qinzhou.disbursed.count).toBe(0);
    expect(qinzhou.demands.published).toBe(2);
    expect(qinzhou.newUsers).toEqual({ personal: 0, enterprise: 0 });
    expect(qinzhou.districts.map((d) => d.district)).toEqual(["QINZHOU"]);
  });

  it("are for the 金融办 only; staff see their own institution and its rank, never the others", async () => {
    for (const actor of [w.personal, w.enterprise, w.staffA]) {
      await expect(supervisionStatistics(actor, march())).rejects.toThrow("不存在或无权查看");
    }
    await expect(ownInstitutionStatistics(w.admin, march())).rejects.toThrow("不存在或无权查看");
    const staff = actorOf(await makeUser("STAFF", { institutionId: A.id }));
    const own = await ownInstitutionStatistics(staff, march());
    expect(own.own).toMatchObject({ id: A.id, matches: 2, lent: "110" });
    const rank = Object.fromEntries(own.ranks.map((r) => [r.key, r.rank]));
    expect(rank).toMatchObject({ matches: 1, lent: 1, response: 1, rate: 2 });
    expect(JSON.stringify(own)).not.toContain(B.id);
  });

  it("refuses impossible custom dates and falls back to 本月 with a message", () => {
    expect(parseStatisticsFilter({ period: "custom", from: "2026-02-31", to: "2026-03-01" }).problem).toBe("请选择有效的开始日期和结束日期");
    expect(parseStatisticsFilter({ period: "custom", from: "2026-03-02", to: "2026-03-01" }).problem).toBe("开始日期不能晚于结束日期");
  });
});

describe("the workflow records the times the statistics read", () => {
  it("keeps the first response through 退回补充 and resubmission, and stamps 授信 and 放款", async () => {
    const id = createdId(await apply(w.personal, w.personalProduct.id, personalForm()));
    const times = () => db.loanApplication.findUniqueOrThrow({ where: { id }, select: { firstRespondedAt: true, approvedAt: true, disbursedAt: true } });
    expect(await times()).toEqual({ firstRespondedAt: null, approvedAt: null, disbursedAt: null });
    expect((await decide(w.staffA, id, "RETURN", { comment: "请补充近6个月银行流水" })).ok).toBe(true);
    const first = (await times()).firstRespondedAt!;
    expect(first).toBeInstanceOf(Date);
    expect((await resubmit(w.personal, id, personalForm())).ok).toBe(true);
    expect((await decide(w.staffA, id, "ACCEPT")).ok).toBe(true);
    expect((await times()).firstRespondedAt).toEqual(first);
    expect((await decide(w.staffA, id, "APPROVE", { amount: "20" })).ok).toBe(true);
    expect((await times()).approvedAt).toBeInstanceOf(Date);
    expect((await decide(w.staffA, id, "DISBURSE", { amount: "20" })).ok).toBe(true);
    expect((await times()).disbursedAt).toBeInstanceOf(Date);
  });

  it("keeps the monthly rollup equal to a recomputation from the applications, after every change above", async () => {
    const cells = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();
    const kept = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT to_char("month", 'YYYY-MM') AS m, "kind" AS k, "institutionId" AS inst, "district" AS dist, "status" AS st,
        "n"::int AS n, "responded"::int AS resp, "responseSeconds"::text AS rs, "amount"::text AS amt, "seconds"::text AS sec
      FROM "ApplicationMonthStat" WHERE "n" <> 0 OR "amount" <> 0`;
    const recomputed = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT to_char(e.m, 'YYYY-MM') AS m, e.k, e.inst, e.dist, e.st, sum(e.dn)::int AS n, sum(e.dresp)::int AS resp,
        sum(e.drs)::numeric(20,3)::text AS rs, sum(e.damt)::numeric(18,2)::text AS amt, sum(e.dsec)::numeric(20,3)::text AS sec
      FROM "LoanApplication" a, LATERAL statistics_entries(a, 1) e GROUP BY 1, 2, 3, 4, 5`;
    expect(kept.length).toBeGreaterThan(0);
    expect(cells(kept)).toEqual(cells(recomputed));
  });
});
