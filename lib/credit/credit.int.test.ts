import { beforeAll, describe, expect, it } from "vitest";
import { blindIndex } from "@/lib/crypto";
import { db } from "@/lib/db";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { localSources } from "@/lib/services/gov-data/drivers/local";
import { GovSourceError, type GovSources } from "@/lib/services/gov-data/types";
import { callAction } from "@/tests/helpers/actions";
import { apply, createdId, enterpriseForm, makeWorld, personalForm, validIdNumber, type World } from "@/tests/helpers/application-fixtures";
import { refreshCreditReportAction } from "./actions";
import { CONSENT_WITHDRAWN, NO_CONSENT } from "./authorization";
import { buildOnSubmission, refreshCreditReport } from "./commands";
import { getMyCreditReport, getStaffCreditReport, recordCreditView } from "./queries";
import type { StoredSources } from "./types";

const local = () => ({ sources: localSources(), timeoutMs: 2000 });
const DATA_TIME = new Date("2026-11-30T16:00:00Z");

let w: World;

async function seedEnterprise(uscc: string) {
  const rows = [
    { source: "BUSINESS" as const, data: { name: "天水测试企业", status: "存续", establishedOn: "2015-03-01", registeredCapital: 300, legalRepName: "李四", businessScope: "测试" } },
    { source: "TAX" as const, data: { creditGrade: "A", taxPaid: [{ year: 2025, amount: 30 }] } },
    { source: "SOCIAL" as const, data: { insuredStaff: 25 } },
    { source: "JUDICIAL" as const, data: { enforcementCases: 0, dishonest: false, lawsuits: 0 } },
  ];
  await db.govDataRecord.createMany({ data: rows.map((r) => ({ ...r, subjectKey: uscc, dataTime: DATA_TIME })) });
}

async function enterpriseApplication(productId = w.enterpriseProduct.id) {
  return createdId(await apply(w.enterprise, productId, enterpriseForm(w.enterpriseUscc)));
}

beforeAll(async () => {
  w = await makeWorld();
  await seedEnterprise(w.enterpriseUscc);
});

describe("信用报告 built on submission", () => {
  it("pulls every source under the application's consent, logs each request with the authorisation reference, audits", async () => {
    const appId = await enterpriseApplication();
    const built = await buildOnSubmission(appId, local());
    expect(built).toMatchObject({ partial: false, grade: "A" }); // 60 + 10 (11 years) + 15 (A) + 6 (25 staff) = 91
    const report = await db.creditReport.findUniqueOrThrow({ where: { id: built!.id } });
    const consent = await db.consent.findFirstOrThrow({ where: { context: `application:${appId}` } });
    expect(report).toMatchObject({ institutionId: w.bankA.id, consentId: consent.id, trigger: "SUBMISSION", score: 91 });
    expect(report.authorizationRef).toContain(consent.id);
    const stored = report.sources as unknown as StoredSources;
    expect(stored.results.TAX).toMatchObject({ status: "OK", dataTime: DATA_TIME.toISOString() });
    expect(stored.results.PENALTY).toMatchObject({ status: "NO_RECORD" });
    const requests = await db.govDataRequest.findMany({ where: { reportId: report.id } });
    expect(requests).toHaveLength(5);
    expect(requests.every((r) => r.authorizationRef === report.authorizationRef && r.purpose === "贷款审批" && r.driver === "local")).toBe(true);
    expect(await db.auditLog.count({ where: { action: "credit_report.pull", targetId: appId } })).toBe(1);
    // The same submission again (a replayed form) builds nothing new.
    expect(await buildOnSubmission(appId, local())).toBeNull();
    expect(await db.creditReport.count({ where: { applicationId: appId } })).toBe(1);
  });

  it("a failing source gives a partial report; the others are there", async () => {
    const appId = await enterpriseApplication();
    const sources = localSources();
    const broken: GovSources = {
      ...sources,
      TAX: { ...sources.TAX, query: async () => Promise.reject(new GovSourceError("ERROR", "sw.nsxydj: HTTP 503")) },
      JUDICIAL: { ...sources.JUDICIAL, query: () => new Promise<never>(() => {}) },
    };
    const built = await buildOnSubmission(appId, { sources: broken, timeoutMs: 200 });
    expect(built?.partial).toBe(true);
    const report = await db.creditReport.findUniqueOrThrow({ where: { id: built!.id } });
    const stored = report.sources as unknown as StoredSources;
    expect(stored.results.TAX).toMatchObject({ status: "UNAVAILABLE", reason: "ERROR" });
    expect(stored.results.JUDICIAL).toMatchObject({ status: "UNAVAILABLE", reason: "TIMEOUT" });
    expect(stored.results.BUSINESS.status).toBe("OK");
    const outcomes = (await db.govDataRequest.findMany({ where: { reportId: report.id } })).map((r) => [r.source, r.outcome]);
    expect(outcomes).toEqual(expect.arrayContaining([["TAX", "ERROR"], ["JUDICIAL", "TIMEOUT"], ["BUSINESS", "OK"]]));
  });

  it("a personal application is asked by 身份证号 (the data is keyed by its blind index)", async () => {
    const idNumber = validIdNumber();
    await db.govDataRecord.create({ data: { source: "SOCIAL", subjectKey: blindIndex(idNumber), data: { socialMonths: 40, housingFundMonths: 24 }, dataTime: DATA_TIME } });
    const appId = createdId(await apply(w.personal, w.personalProduct.id, personalForm({ idNumber })));
    const built = await buildOnSubmission(appId, local());
    const report = await db.creditReport.findUniqueOrThrow({ where: { id: built!.id } });
    expect((report.sources as unknown as StoredSources).results.SOCIAL).toMatchObject({ status: "OK", data: { socialMonths: 40 } });
    expect(JSON.stringify(report)).not.toContain(idNumber);
  });
});

describe("the consent rule", () => {
  it("no consent: nothing is pulled, on submission or on 刷新", async () => {
    const appId = await enterpriseApplication();
    await db.consent.deleteMany({ where: { context: `application:${appId}` } });
    expect(await buildOnSubmission(appId, local())).toBeNull();
    await expect(refreshCreditReport(w.staffA, appId, undefined, local())).rejects.toThrow(new RefusedError(NO_CONSENT));
    expect(await db.creditReport.count({ where: { applicationId: appId } })).toBe(0);
    expect(await db.govDataRequest.count({ where: { applicationId: appId } })).toBe(0);
    expect((await getStaffCreditReport(w.staffA, appId))?.consent).toBe("MISSING");
  });

  it("another institution's staff: not found, through the action too, and nothing is pulled", async () => {
    const appId = await enterpriseApplication();
    await expect(refreshCreditReport(w.staffB, appId, undefined, local())).rejects.toThrow(NotFoundError);
    expect(await callAction(w.staffB, refreshCreditReportAction, [appId])).toMatchObject({ ok: false, message: "申请不存在或无权查看" });
    expect(await callAction(w.enterprise, refreshCreditReportAction, [appId])).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
    expect(await getStaffCreditReport(w.staffB, appId)).toBeNull();
    expect(await getMyCreditReport(w.otherPersonal, appId)).toBeNull();
    expect(await db.govDataRequest.count({ where: { applicationId: appId } })).toBe(0);
  });

  it("withdrawn consent: no further pulls; the existing snapshots stay, marked as such", async () => {
    const appId = await enterpriseApplication();
    await buildOnSubmission(appId, local());
    await db.consent.updateMany({ where: { context: `application:${appId}` }, data: { withdrawnAt: new Date() } });
    await expect(refreshCreditReport(w.staffA, appId, undefined, local())).rejects.toThrow(new RefusedError(CONSENT_WITHDRAWN));
    const page = await getStaffCreditReport(w.staffA, appId);
    expect(page).toMatchObject({ consent: "WITHDRAWN", snapshots: [expect.anything()] });
    expect(page?.report).toMatchObject({ retained: true }); // shown as 授权已撤回，本报告仅作为机构依法留存
    expect(await getMyCreditReport(w.enterprise, appId)).toMatchObject({ consent: "WITHDRAWN", report: { retained: true } });
  });
});

describe("刷新, snapshots and views", () => {
  it("刷新 adds a snapshot (the old one stays), tells the applicant, and not more than once a minute", async () => {
    const appId = await enterpriseApplication();
    const first = await buildOnSubmission(appId, local());
    // Make the submission's snapshot older than a minute (the trigger is lifted for this fixture only).
    const old = new Date(Date.now() - 120_000);
    await db.$executeRawUnsafe(`ALTER TABLE "CreditReport" DISABLE TRIGGER "CreditReport_immutable"`);
    await db.creditReport.update({ where: { id: first!.id }, data: { createdAt: old } });
    await db.$executeRawUnsafe(`ALTER TABLE "CreditReport" ENABLE TRIGGER "CreditReport_immutable"`);
    const result = await callAction(w.staffA, refreshCreditReportAction, [appId]);
    expect(result).toMatchObject({ ok: true, redirectedTo: `/org/applications/${appId}?done=credit#credit-report` });
    const reports = await db.creditReport.findMany({ where: { applicationId: appId }, orderBy: { createdAt: "asc" } });
    expect(reports.map((r) => [r.trigger, r.requestedById])).toEqual([["SUBMISSION", null], ["REFRESH", w.staffA.id]]);
    expect(await db.message.count({ where: { userId: w.enterprise.id, title: "金融机构更新了您的信用报告" } })).toBeGreaterThan(0);
    await expect(refreshCreditReport(w.staffA, appId, undefined, local())).rejects.toThrow(RefusedError);
    // The staff page shows the latest and lists both; an older one can be opened.
    const page = await getStaffCreditReport(w.staffA, appId, reports[0].id);
    expect(page?.snapshots).toHaveLength(2);
    expect(page?.report?.id).toBe(reports[0].id);
  });

  it("snapshots and the request log cannot be changed", async () => {
    const appId = await enterpriseApplication();
    const built = await buildOnSubmission(appId, local());
    await expect(db.creditReport.update({ where: { id: built!.id }, data: { grade: "A", score: 100 } })).rejects.toThrow();
    const request = await db.govDataRequest.findFirstOrThrow({ where: { reportId: built!.id } });
    await expect(db.govDataRequest.update({ where: { id: request.id }, data: { authorizationRef: "forged" } })).rejects.toThrow();
  });

  it("every staff view is audited and the applicant sees who looked, with other institutions hidden in the platform record", async () => {
    const elsewhere = await enterpriseApplication(w.productB.id); // sent to bank B
    const appId = await enterpriseApplication();
    const built = await buildOnSubmission(appId, local());
    await recordCreditView(w.staffA, appId, built!.id);
    expect(await db.auditLog.count({ where: { action: "credit_report.view", targetId: appId, actorId: w.staffA.id } })).toBe(1);
    const mine = await getMyCreditReport(w.enterprise, appId);
    expect(mine?.views).toEqual([expect.objectContaining({ institution: w.bankA.name, viewer: expect.stringMatching(/^工作人员 工\*+$/) })]);
    expect(mine?.report?.id).toBe(built!.id);
    const platform = mine!.report!.platform;
    const bankBRow = platform.recent.find((r) => r.institution !== w.bankA.name && !r.current);
    expect(bankBRow?.institution).toBe("其他金融机构");
    expect(JSON.stringify(platform)).not.toContain(w.bankB.name);
    expect(elsewhere).toBeTruthy();
  });

  it("counts the applicant's loans disbursed through the platform, for checking a 首贷 declaration", async () => {
    const earlier = await enterpriseApplication(w.productB.id);
    await db.loanApplication.update({ where: { id: earlier }, data: { status: "DISBURSED" } });
    const appId = createdId(await apply(w.enterprise, w.firstLoanProduct.id, enterpriseForm(w.enterpriseUscc, { amount: "80", firstLoanDeclared: "on" })));
    const built = await buildOnSubmission(appId, local());
    const report = await db.creditReport.findUniqueOrThrow({ where: { id: built!.id } });
    expect((report.platformRecord as { disbursedElsewhere: number }).disbursedElsewhere).toBeGreaterThanOrEqual(1);
  });
});
