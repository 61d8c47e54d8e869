import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { checkFirstLoanEligibility } from "@/lib/applications/eligibility";
import { db } from "@/lib/db";
import { actorOf } from "@/lib/domain/actor";
import { httpDriver } from "@/lib/services/enterprise-verification/drivers/http";
import { registryDriver } from "@/lib/services/enterprise-verification/drivers/registry";
import type { EnterpriseVerificationDriver } from "@/lib/services/enterprise-verification/types";
import { DEMO_UNVERIFIED_ENTERPRISE, REGISTRY_ENTERPRISES } from "@/prisma/seed/people";
import { createUser, meta } from "@/tests/helpers/accounts";
import { callAction, outcome } from "@/tests/helpers/actions";
import { submitEnterpriseCertification } from "./actions";
import { certifyEnterprise } from "./enterprise";
import { TOO_MANY_FAILURES } from "./schema";

const demo = DEMO_UNVERIFIED_ENTERPRISE;
const form = (e = demo, change: Partial<Record<string, string>> = {}) => ({
  enterpriseName: e.name,
  legalRepName: e.legalRepName,
  legalRepIdNumber: e.legalRepIdNumber,
  uscc: e.uscc,
  ...change,
});
const enterpriseUser = async () => actorOf(await createUser({ role: "ENTERPRISE" }));
const OTHER_ID = "62050219900708123X".slice(0, 17);

describe("the registry answers like a four-factor API", () => {
  it("一致, 不一致 naming the field, 无记录", async () => {
    const query = { enterpriseName: demo.name, legalRepName: demo.legalRepName, legalRepIdNumber: demo.legalRepIdNumber, uscc: demo.uscc };
    expect(await registryDriver.verify(query)).toEqual({ result: "MATCH" });
    expect(await registryDriver.verify({ ...query, legalRepName: "赵丽丽" })).toEqual({ result: "MISMATCH", fields: ["legalRepName"] });
    const other = REGISTRY_ENTERPRISES[5];
    expect(await registryDriver.verify({ ...query, uscc: other.uscc })).toEqual({ result: "MISMATCH", fields: ["enterpriseName", "legalRepName", "legalRepIdNumber"] });
    expect(await registryDriver.verify({ ...query, uscc: "91620000MA00000000".slice(0, 18) })).toEqual({ result: "NOT_FOUND" });
  });
});

describe("企业认证", () => {
  it("the seeded unverified demo enterprise succeeds with 赵丽's ID number, and may then apply for 首贷", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { phone: "13800000003" } });
    const actor = actorOf(user);
    expect((await checkFirstLoanEligibility(actor))?.code).toBe("NOT_CERTIFIED");
    const result = await callAction(actor, submitEnterpriseCertification, [], form());
    expect(result.ok).toBe(true);
    expect(result).toMatchObject({ ok: true, message: "企业认证已通过" });
    expect(await checkFirstLoanEligibility(actor)).toBeNull();
    const cert = await db.enterpriseCertification.findUniqueOrThrow({ where: { userId: user.id } });
    expect(cert).toMatchObject({ status: "VERIFIED", uscc: demo.uscc, enterpriseName: demo.name });
    expect(cert.legalRepIdEnc).not.toContain(demo.legalRepIdNumber);
    const message = await db.message.findFirst({ where: { userId: user.id, title: "企业认证已通过" } });
    expect(message).not.toBeNull();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "certification.enterprise.verified" } })).toBe(1);
    const again = await callAction(actor, submitEnterpriseCertification, [], form());
    expect(again).toMatchObject({ ok: false, message: "您的账号已完成企业认证" });
  });

  it("names the field that does not match, and refuses after three failures until the next Beijing day", async () => {
    const actor = await enterpriseUser();
    const target = REGISTRY_ENTERPRISES.at(-1)!;
    const day = new Date("2026-12-02T10:00:00+08:00");
    const first = await outcome(certifyEnterprise(actor, form(target, { legalRepName: "李四" }), meta(), day, registryDriver));
    expect(first).toMatchObject({ ok: false, message: "认证失败：法人姓名与登记信息不一致，请核对后重新提交（今日还可尝试2次）", fieldErrors: { legalRepName: "法人姓名与登记信息不一致" } });
    const second = await outcome(certifyEnterprise(actor, form(target, { uscc: "91620000MA00000000" }), meta(), day, registryDriver));
    expect(second).toMatchObject({ ok: false, fieldErrors: { uscc: "未查询到该统一社会信用代码的登记信息" } });
    const third = await outcome(certifyEnterprise(actor, form(target, { enterpriseName: "别的公司" }), meta(), day, registryDriver));
    expect(third.ok === false && third.message).toContain("如多次认证失败，请联系平台工作人员0938-8221924");
    const status = await db.enterpriseCertification.findUniqueOrThrow({ where: { userId: actor.id } });
    expect(status).toMatchObject({ status: "FAILED", failedAttempts: 3 });

    // Even the right answer is refused for the rest of the day…
    const blocked = await outcome(certifyEnterprise(actor, form(target), meta(), new Date("2026-12-02T23:59:00+08:00"), registryDriver));
    expect(blocked).toMatchObject({ ok: false, message: "今日认证失败已达3次，请明天再试。如多次认证失败，请联系平台工作人员0938-8221924" });
    // …and accepted after midnight in Beijing (16:00 UTC).
    const nextDay = await outcome(certifyEnterprise(actor, form(target), meta(), new Date("2026-12-02T16:00:00Z"), registryDriver));
    expect(nextDay.ok).toBe(true);
  });

  it("two submissions at the same instant after two failures: only one is checked (the slot is reserved in the database)", async () => {
    const actor = await enterpriseUser();
    const target = REGISTRY_ENTERPRISES.at(-3)!; // certified by nobody in these tests
    const now = new Date();
    for (const change of [{ legalRepName: "李四" }, { legalRepName: "王五" }]) await outcome(certifyEnterprise(actor, form(target, change), meta(), now, registryDriver));
    let calls = 0;
    const slow: EnterpriseVerificationDriver = {
      name: "slow",
      verify: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { result: "MISMATCH", fields: ["legalRepName"] };
      },
    };
    const both = await Promise.all([1, 2].map(() => outcome(certifyEnterprise(actor, form(target, { legalRepName: "赵六" }), meta(), now, slow))));
    expect(calls).toBe(1);
    const messages = both.map((r) => (r.ok ? "" : r.message));
    expect(messages.filter((m) => m === TOO_MANY_FAILURES)).toHaveLength(1);
    expect(messages.filter((m) => m.startsWith("认证失败：法人姓名与登记信息不一致"))).toHaveLength(1);
    expect(await db.certificationAttempt.count({ where: { userId: actor.id, outcome: { in: ["mismatch", "not_found"] } } })).toBe(3);
    expect(await db.certificationAttempt.count({ where: { userId: actor.id, outcome: "pending" } })).toBe(0);
  });

  it("refuses personal accounts, and another account's enterprise once it is certified", async () => {
    const personal = actorOf(await createUser({ role: "PERSONAL" }));
    expect((await callAction(personal, submitEnterpriseCertification, [], form())).ok).toBe(false);
    const late = await enterpriseUser();
    const taken = await outcome(certifyEnterprise(late, form(), meta(), new Date(), registryDriver));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { uscc: "该企业已由其他账号完成认证" } });
  });

  it("checks the fields before asking anyone (GB 32100, GB 11643)", async () => {
    const actor = await enterpriseUser();
    const result = await callAction(actor, submitEnterpriseCertification, [], form(demo, { uscc: "91620503MA72H3Q8NX", legalRepIdNumber: `${OTHER_ID}0` }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { uscc: "统一社会信用代码不正确，请核对18位代码", legalRepIdNumber: "身份证号格式或校验位不正确" } });
    expect(await db.certificationAttempt.count({ where: { userId: actor.id } })).toBe(0);
  });
});

describe("the HTTP driver against a stub gateway", () => {
  const seen: { auth?: string; body: unknown }[] = [];
  let mode: "一致" | "不一致" | "无记录" | "500" | "garbage" = "一致";
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      seen.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
      if (mode === "500") return res.writeHead(500).end();
      res.writeHead(200, { "content-type": "application/json" });
      res.end(mode === "garbage" ? "{}" : JSON.stringify({ result: mode, mismatch: mode === "不一致" ? ["legalRepIdNumber", "bogus"] : undefined }));
    });
  });
  const url = new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/verify`)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const query = { enterpriseName: "某公司", legalRepName: "某人", legalRepIdNumber: demo.legalRepIdNumber, uscc: demo.uscc };

  it("sends the four factors with the token and reads each answer", async () => {
    const driver = httpDriver(await url, "secret-token");
    expect(await driver.verify(query)).toEqual({ result: "MATCH" });
    expect(seen[0]).toEqual({ auth: "Bearer secret-token", body: query });
    mode = "不一致";
    expect(await driver.verify(query)).toEqual({ result: "MISMATCH", fields: ["legalRepIdNumber"] });
    mode = "无记录";
    expect(await driver.verify(query)).toEqual({ result: "NOT_FOUND" });
  });

  it("a gateway error is not counted as the user's failure", async () => {
    const driver = httpDriver(await url);
    const actor = await enterpriseUser();
    for (const m of ["500", "garbage"] as const) {
      mode = m;
      const result = await outcome(certifyEnterprise(actor, form(REGISTRY_ENTERPRISES.at(-2)!), meta(), new Date(), driver));
      expect(result).toMatchObject({ ok: false, message: "企业信息核验服务暂时不可用，本次不计入失败次数，请稍后再试" });
    }
    expect(await db.certificationAttempt.count({ where: { userId: actor.id } })).toBe(0);
  });
});
