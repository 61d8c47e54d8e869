import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeProduct } from "@/tests/helpers/application-fixtures";
import { createdDemandId, demandForm, edit, makeDemandWorld, messagesOf, publish, statusOf, withdraw, type DemandWorld } from "@/tests/helpers/demand-fixtures";
import type { PublishResult } from "./actions";

let w: DemandWorld;
beforeAll(async () => {
  w = await makeDemandWorld();
});

describe("发布需求", () => {
  it("提交 first shows the fitting products and stores nothing; 继续提交 stores the demand, its history and a message", async () => {
    const fits = await makeProduct(w.bankA, { category: "ENTERPRISE", maxAmount: 500, maxTermMonths: 36 });
    await makeProduct(w.bankA, { category: "ENTERPRISE", maxAmount: 50, maxTermMonths: 36 }); // too small
    const form = demandForm({ step: "preview", institutions: [w.bankA.id] });
    const before = await db.financingDemand.count({ where: { userId: w.enterprise.id } });
    const preview = await publish(w.enterprise, form);
    expect(preview.ok).toBe(true);
    const data = (preview as { data: PublishResult }).data;
    expect(data.stage).toBe("preview");
    if (data.stage !== "preview") return;
    expect(data.matches.map((m) => m.id)).toEqual([fits.id]);
    expect(data.values).toMatchObject({ amount: "100", institutions: [w.bankA.id], purpose: form.purpose });
    expect(await db.financingDemand.count({ where: { userId: w.enterprise.id } })).toBe(before);

    const submitted = await publish(w.enterprise, { ...form, step: "submit" });
    const id = createdDemandId(submitted);
    expect(submitted.redirectedTo).toBe(`/me/demands/${id}?done=created`);
    const demand = await db.financingDemand.findUniqueOrThrow({ where: { id }, include: { expectedInstitutions: true, history: true } });
    expect(demand).toMatchObject({ status: "OPEN", anyInstitution: false, applicantType: "ENTERPRISE", isFirstLoan: false });
    expect(demand.number).toMatch(/^XQ\d{14}$/);
    expect(demand.responseDueAt!.getTime()).toBeGreaterThan(Date.now());
    expect(demand.expectedInstitutions.map((e) => e.institutionId)).toEqual([w.bankA.id]);
    expect(demand.history).toHaveLength(1);
    expect((await messagesOf(w.enterprise.id)).at(-1)?.body).toContain(demand.number);

    // the same form posted twice is one demand
    expect(createdDemandId(await publish(w.enterprise, { ...form, step: "submit" }))).toBe(id);
  });

  it("返回修改 gives the form back with what was typed", async () => {
    const result = await publish(w.personal, demandForm({ step: "edit", applicantType: "PERSONAL", purpose: "装修门店" }));
    expect(result).toMatchObject({ ok: true, data: { stage: "edit", values: { purpose: "装修门店", applicantType: "PERSONAL" } } });
  });

  it("refuses bad input with a message per field and keeps what was typed", async () => {
    const result = await publish(w.enterprise, demandForm({ amount: "abc", rateFrom: "8", rateTo: "5", institutions: ["ANY", w.bankA.id], enterpriseName: "", region: "" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe("请修改标红的填写项");
    expect(result.fieldErrors).toMatchObject({
      amount: "融资金额须为数字，最多两位小数",
      rateTo: "期望利率上限不能低于下限",
      institutions: "选择“不限”时不能再勾选具体机构",
      enterpriseName: expect.stringContaining("企业名称"),
      region: "请选择所属区域",
    });
    expect(result.values).toMatchObject({ amount: "abc", rateFrom: "8" });
  });

  it("lets a personal account publish only as 个人, and not a 首贷需求", async () => {
    const asEnterprise = await publish(w.personal, demandForm());
    expect(asEnterprise).toMatchObject({ ok: false, fieldErrors: { applicantType: "个人账号只能以个人身份发布需求" } });
    createdDemandId(await publish(w.personal, demandForm({ applicantType: "PERSONAL", enterpriseName: "" })));
    expect(await publish(w.personal, demandForm({ firstLoanDeclared: "on" }), "first-loan")).toMatchObject({ ok: false, message: expect.stringContaining("企业账号") });
  });

  it("takes a 首贷需求 from a certified enterprise that declares it never borrowed", async () => {
    expect(await publish(w.uncertified, demandForm({ firstLoanDeclared: "on" }), "first-loan")).toMatchObject({ ok: false, message: expect.stringContaining("企业认证") });
    expect(await publish(w.enterprise, demandForm(), "first-loan")).toMatchObject({ ok: false, fieldErrors: { firstLoanDeclared: "请确认本企业未在任何金融机构获取过贷款" } });
    const id = createdDemandId(await publish(w.enterprise, demandForm({ firstLoanDeclared: "on" }), "first-loan"));
    expect((await db.financingDemand.findUniqueOrThrow({ where: { id } })).isFirstLoan).toBe(true);
  });

  it("refuses staff and admin accounts, and institutions that are not banks", async () => {
    expect(await publish(w.staffA, demandForm())).toMatchObject({ ok: false, message: expect.stringContaining("不能发布融资需求") });
    expect(await publish(w.enterprise, demandForm({ institutions: [w.guarantee.id] }))).toMatchObject({ ok: false, fieldErrors: { institutions: "请从列表中选择期望机构" } });
  });
});

describe("修改 and 撤回 while 待对接", () => {
  it("edits and withdraws the owner's demand, each told in 消息中心; another user gets not found", async () => {
    const id = createdDemandId(await publish(w.enterprise, demandForm()));
    expect(await edit(w.otherPersonal, id, demandForm({ applicantType: "PERSONAL" }))).toMatchObject({ ok: false, message: "需求不存在或无权查看" });
    expect(await withdraw(w.otherPersonal, id)).toMatchObject({ ok: false, message: "需求不存在或无权查看" });

    expect(await edit(w.enterprise, id, demandForm({ amount: "150", institutions: [w.bankB.id] }))).toMatchObject({ ok: true, redirectedTo: `/me/demands/${id}?done=edited` });
    const edited = await db.financingDemand.findUniqueOrThrow({ where: { id }, include: { expectedInstitutions: true } });
    expect(edited.amount.toString()).toBe("150");
    expect(edited.expectedInstitutions.map((e) => e.institutionId)).toEqual([w.bankB.id]);

    expect(await withdraw(w.enterprise, id)).toMatchObject({ ok: true });
    expect(await statusOf(id)).toBe("CLOSED");
    expect(await withdraw(w.enterprise, id)).toMatchObject({ ok: false, message: "该需求当前状态为「已关闭」，不能撤回" });
    const titles = (await messagesOf(w.enterprise.id)).map((m) => m.title);
    expect(titles).toEqual(expect.arrayContaining(["需求已修改", "需求：已关闭"]));
  });
});
