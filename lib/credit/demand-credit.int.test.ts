import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { withdrawAuthorization } from "@/lib/privacy/consent";
import { localSources } from "@/lib/services/gov-data/drivers/local";
import { callAction, TEST_META } from "@/tests/helpers/actions";
import { actorOf, makeEnterprise, makeInstitution, makeUser } from "@/tests/helpers/application-fixtures";
import { createdDemandId, demandForm, publish, staffOf, take } from "@/tests/helpers/demand-fixtures";
import type { Actor } from "@/lib/domain/actor";
import { authorizeDemandAction, refreshDemandCreditReportAction, withdrawDemandAuthorizationAction } from "./actions";
import { refreshDemandCreditReport } from "./commands";
import { DEMAND_CONSENT_WITHDRAWN, DEMAND_CREDIT_PURPOSE, DEMAND_NO_CONSENT, demandConsentContext } from "./demand-authorization";
import { getMyDemandAuthorization, getMyDemandCreditReport, getStaffDemandCreditReport, recordDemandCreditView } from "./demand-queries";
import { listGovDataRequests } from "./request-log";

// 信用报告 for a 融资需求 (docs/credit-report.md): the institution that took it up, with the user's 授权
// for it from 我的需求; withdrawal stops pulls and marks the snapshots; the request log is admin-only.

const local = () => ({ sources: localSources(), timeoutMs: 2000 });
const DATA_TIME = new Date("2026-11-30T16:00:00Z");

let bankA: { id: string; name: string };
let bankB: { id: string; name: string };
let staffA: Actor;
let staffB: Actor;
let owner: Actor;
let other: Actor;
let admin: Actor;

beforeAll(async () => {
  bankA = await makeInstitution("BANK");
  bankB = await makeInstitution("BANK");
  staffA = await staffOf(bankA);
  staffB = await staffOf(bankB);
  const { user, uscc } = await makeEnterprise(true);
  owner = actorOf(user);
  other = actorOf(await makeUser("PERSONAL"));
  admin = actorOf(await makeUser("ADMIN"));
  await db.govDataRecord.createMany({
    data: [
      { source: "BUSINESS", subjectKey: uscc, dataTime: DATA_TIME, data: { name: "天水需求企业", status: "存续", establishedOn: "2018-05-01", registeredCapital: 500, legalRepName: "李四", businessScope: "测试" } },
      { source: "TAX", subjectKey: uscc, dataTime: DATA_TIME, data: { creditGrade: "B", taxPaid: [{ year: 2025, amount: 12 }] } },
    ],
  });
});

// A demand addressed to bank A and taken up by it (对接中).
async function takenDemand(): Promise<string> {
  const id = createdDemandId(await publish(owner, demandForm({ institutions: [bankA.id] })));
  expect(await take(staffA, id)).toMatchObject({ ok: true });
  return id;
}
const authorize = (actor: Actor, id: string) => callAction(actor, authorizeDemandAction, [id], { agreement: "on" });

describe("信用报告 of a 融资需求", () => {
  it("no 授权 → nothing is pulled; the 授权 needs the 《用户授权协议》 box and a demand 对接中", async () => {
    const open = createdDemandId(await publish(owner, demandForm({ institutions: [bankA.id] })));
    expect(await authorize(owner, open)).toMatchObject({ ok: false });
    const id = await takenDemand();
    await expect(refreshDemandCreditReport(staffA, id, undefined, local())).rejects.toThrow(new RefusedError(DEMAND_NO_CONSENT));
    expect(await callAction(owner, authorizeDemandAction, [id], {})).toMatchObject({ ok: false, fieldErrors: { agreement: expect.any(String) } });
    expect(await db.govDataRequest.count({ where: { demandId: id } })).toBe(0);
    expect(await db.creditReport.count({ where: { demandId: id } })).toBe(0);
    expect(await getStaffDemandCreditReport(staffA, id)).toMatchObject({ consent: "MISSING", canPull: false, report: null });
  });

  it("with the 授权: a snapshot for the demand, each source request logged with the authorisation reference, audited, the owner told", async () => {
    const id = await takenDemand();
    expect(await authorize(owner, id)).toMatchObject({ ok: true, redirectedTo: `/me/demands/${id}?done=authorized` });
    const consent = await db.consent.findFirstOrThrow({ where: { context: demandConsentContext(id, bankA.id) } });
    expect(consent).toMatchObject({ userId: owner.id, agreement: "USER_AUTHORIZATION", withdrawnAt: null, ip: TEST_META.ip });
    expect(await authorize(owner, id)).toMatchObject({ ok: false, message: "您已授权该机构查询信用报告。" });
    expect(await getMyDemandAuthorization(owner, id)).toMatchObject({ institution: bankA.name, state: "VALID", canAuthorize: false });

    expect(await callAction(staffA, refreshDemandCreditReportAction, [id])).toMatchObject({ ok: true, redirectedTo: `/org/demands/${id}?done=credit#credit-report` });
    const report = await db.creditReport.findFirstOrThrow({ where: { demandId: id } });
    expect(report).toMatchObject({ applicationId: null, institutionId: bankA.id, consentId: consent.id, trigger: "REFRESH", requestedById: staffA.id, grade: "B" });
    expect(report.authorizationRef).toMatch(new RegExp(`^XQ\\d+-${consent.id}$`));
    const requests = await db.govDataRequest.findMany({ where: { demandId: id } });
    expect(requests).toHaveLength(5);
    expect(requests.every((r) => r.authorizationRef === report.authorizationRef && r.purpose === DEMAND_CREDIT_PURPOSE && r.reportId === report.id)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "credit_report.pull", targetType: "FinancingDemand", targetId: id } })).toBe(1);
    expect(await db.message.count({ where: { userId: owner.id, link: `/me/demands/${id}/credit-report` } })).toBe(1);
    // once a minute
    await expect(refreshDemandCreditReport(staffA, id, undefined, local())).rejects.toThrow(RefusedError);

    // Views are audited and the owner sees them with the report.
    const page = await getStaffDemandCreditReport(staffA, id);
    expect(page).toMatchObject({ consent: "VALID", canPull: true, report: { id: report.id, retained: false } });
    await recordDemandCreditView(staffA, id, report.id);
    const mine = await getMyDemandCreditReport(owner, id);
    expect(mine?.report?.id).toBe(report.id);
    expect(mine?.views).toEqual([expect.objectContaining({ institution: bankA.name })]);
  });

  it("another institution and another user: not found; nothing pulled", async () => {
    const id = await takenDemand();
    await authorize(owner, id);
    await expect(refreshDemandCreditReport(staffB, id, undefined, local())).rejects.toThrow(NotFoundError);
    expect(await callAction(staffB, refreshDemandCreditReportAction, [id])).toMatchObject({ ok: false, message: "需求不存在或无权查看" });
    expect(await callAction(owner, refreshDemandCreditReportAction, [id])).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
    expect(await getStaffDemandCreditReport(staffB, id)).toBeNull();
    expect(await getMyDemandCreditReport(other, id)).toBeNull();
    expect(await callAction(other, authorizeDemandAction, [id], { agreement: "on" })).toMatchObject({ ok: false, message: "需求不存在或无权查看" });
    expect(await db.govDataRequest.count({ where: { demandId: id } })).toBe(0);
  });

  it("withdrawal (on the demand, or 撤回授权 in 账号信息): no further pulls; the snapshots stay, marked 依法留存, on both sides", async () => {
    const perDemand = await takenDemand();
    await authorize(owner, perDemand);
    await refreshDemandCreditReport(staffA, perDemand, undefined, local());
    expect(await callAction(owner, withdrawDemandAuthorizationAction, [perDemand], { confirm: "on" })).toMatchObject({ ok: true });
    await expect(refreshDemandCreditReport(staffA, perDemand, undefined, local())).rejects.toThrow(new RefusedError(DEMAND_CONSENT_WITHDRAWN));
    expect(await getStaffDemandCreditReport(staffA, perDemand)).toMatchObject({ consent: "WITHDRAWN", canPull: false, report: { retained: true } });
    expect(await getMyDemandCreditReport(owner, perDemand)).toMatchObject({ consent: "WITHDRAWN", report: { retained: true } });
    expect(await db.creditReport.count({ where: { demandId: perDemand } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "credit_report.authorization_withdrawn", targetId: perDemand } })).toBe(1);
    // The user may authorise again: a new consent, and the institution may pull again under it.
    expect(await getMyDemandAuthorization(owner, perDemand)).toMatchObject({ state: "WITHDRAWN", canAuthorize: true });

    const global = await takenDemand();
    await authorize(owner, global);
    await refreshDemandCreditReport(staffA, global, undefined, local());
    await withdrawAuthorization(owner, TEST_META, new Date());
    await expect(refreshDemandCreditReport(staffA, global, undefined, local())).rejects.toThrow(new RefusedError(DEMAND_CONSENT_WITHDRAWN));
    expect(await getStaffDemandCreditReport(staffA, global)).toMatchObject({ consent: "WITHDRAWN", report: { retained: true } });
    expect(await getMyDemandCreditReport(owner, global)).toMatchObject({ report: { retained: true } });
  });
});

describe("管理后台 → 政务数据查询日志", () => {
  it("administrators only; filtered by source and date, newest first, with the institution and the authorisation reference", async () => {
    expect(await listGovDataRequests(staffA, {}, 1)).toBeNull();
    expect(await listGovDataRequests(owner, {}, 1)).toBeNull();
    const id = await takenDemand();
    await authorize(owner, id);
    await refreshDemandCreditReport(staffA, id, undefined, local());
    const report = await db.creditReport.findFirstOrThrow({ where: { demandId: id } });
    const all = await listGovDataRequests(admin, {}, 1);
    expect(all!.items[0]).toMatchObject({ authorizationRef: report.authorizationRef, institution: bankA.name, subject: "融资需求", purpose: DEMAND_CREDIT_PURPOSE });
    const tax = await listGovDataRequests(admin, { source: "TAX" }, 1);
    expect(tax!.items.every((r) => r.source === "纳税")).toBe(true);
    expect(tax!.items.find((r) => r.authorizationRef === report.authorizationRef)).toMatchObject({ outcome: "成功" });
    expect(tax!.total).toBeLessThan(all!.total);
    expect((await listGovDataRequests(admin, { from: "2000-01-01", to: "2000-01-02" }, 1))!.total).toBe(0);
  });
});
