import { beforeAll, describe, expect, it } from "vitest";
import { getProduct } from "@/lib/catalogue/queries-product";
import { db } from "@/lib/db";
import { callAction } from "@/tests/helpers/actions";
import { createdId, makeProduct, makeUser, makeWorld, actorOf, type World } from "@/tests/helpers/application-fixtures";
import type { Actor } from "@/lib/domain/actor";
import { addOrgProduct, approveProduct, editOrgProduct, returnProduct, submitProduct, takeDown, unpublishProduct } from "./actions";
import { getOrgProduct, listAdminProducts, listOrgProducts } from "./queries";

let w: World;
let managerA: Actor;
let managerB: Actor;
let clerkA: Actor;
beforeAll(async () => {
  w = await makeWorld();
  const promote = async (role: "MANAGER" | "CLERK", institutionId: string) => {
    const u = await makeUser("STAFF", { institutionId });
    await db.user.update({ where: { id: u.id }, data: { staffRole: role } });
    return actorOf(u);
  };
  managerA = await promote("MANAGER", w.bankA.id);
  managerB = await promote("MANAGER", w.bankB.id);
  clerkA = await promote("CLERK", w.bankA.id);
});

const NOT_FOUND = "记录不存在或无权查看";
const productForm = (over: Record<string, unknown> = {}) => ({
  name: `陇原快贷${Math.random().toString(36).slice(2, 7)}`, category: "ENTERPRISE", tags: ["INCLUSIVE"], features: ["first-loan"],
  methods: ["CREDIT", "GUARANTEE"], minRate: "3.65", maxAmount: "300", maxTermMonths: "36", regions: ["QINZHOU", "MAIJI"],
  applicableArea: "天水市秦州区、麦积区", highlights: "纯信用，随借随还", introduction: "面向小微企业的信用贷款。", repaymentMethod: "按月付息，到期还本",
  prepayment: "可提前还款，无违约金", ageRequirement: "18-65周岁", businessRequirement: "经营满1年", workRequirement: "", assetRequirement: "",
  incomeRequirement: "", requiredMaterials: "营业执照、法人身份证", ...over,
});

describe("产品管理 authorization", () => {
  it("a 业务员 cannot create or change products; applicants and admins cannot use the staff actions", async () => {
    expect(await callAction(clerkA, addOrgProduct, [], productForm())).toMatchObject({ ok: false, message: "仅机构管理员可以维护产品" });
    expect(await callAction(clerkA, editOrgProduct, [w.personalProduct.id], productForm())).toMatchObject({ ok: false, message: "仅机构管理员可以维护产品" });
    for (const actor of [w.personal, w.enterprise, w.admin]) {
      expect(await callAction(actor, addOrgProduct, [], productForm())).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, submitProduct, [w.personalProduct.id], {})).toMatchObject({ ok: false, message: NOT_FOUND });
    }
    // Staff created without a role (older accounts get 管理员 from the migration; a null role is refused).
    expect(await callAction(w.staffA, addOrgProduct, [], productForm())).toMatchObject({ ok: false, message: "仅机构管理员可以维护产品" });
  });

  it("staff of bank A cannot see or change bank B's product: not found", async () => {
    expect(await callAction(managerA, editOrgProduct, [w.productB.id], productForm())).toMatchObject({ ok: false, message: "产品不存在或无权查看" });
    expect(await callAction(managerA, unpublishProduct, [w.productB.id], {})).toMatchObject({ ok: false, message: "产品不存在或无权查看" });
    expect(await callAction(managerA, submitProduct, [w.productB.id], {})).toMatchObject({ ok: false, message: "产品不存在或无权查看" });
    expect(await getOrgProduct(managerA, w.productB.id)).toBeNull();
    expect((await listOrgProducts(managerA, { page: 1 })).items.map((p) => p.id)).not.toContain(w.productB.id);
    expect((await db.product.findUniqueOrThrow({ where: { id: w.productB.id } })).status).toBe("PUBLISHED");
  });

  it("only the 金融办 reviews and takes down", async () => {
    for (const actor of [managerA, w.personal]) {
      expect(await callAction(actor, approveProduct, [w.personalProduct.id], {})).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, returnProduct, [w.personalProduct.id], { reason: "资料不全" })).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, takeDown, [w.personalProduct.id], { reason: "违规宣传" })).toMatchObject({ ok: false, message: NOT_FOUND });
      expect((await listAdminProducts(actor, { page: 1, pending: true })).total).toBe(0);
    }
  });
});

describe("publishing a product", () => {
  it("draft → submitted → returned → resubmitted → approved → public, edits live, taken down", async () => {
    const id = createdId(await callAction(managerA, addOrgProduct, [], productForm({ name: "陇原测试贷" })));
    const draft = await db.product.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({ status: "DRAFT", institutionId: w.bankA.id, institutionType: "BANK", isFirstLoan: true, isRenewal: false, methods: ["CREDIT", "GUARANTEE"] });
    expect(await getProduct(id)).toBeNull();

    expect((await callAction(managerA, submitProduct, [id], {})).ok).toBe(true);
    expect(await callAction(managerA, editOrgProduct, [id], productForm())).toMatchObject({ ok: false, message: "产品正在审核中，审核完成后才能修改" });
    expect((await listAdminProducts(w.admin, { page: 1, pending: true })).items.map((p) => p.id)).toContain(id);
    expect(await callAction(w.admin, returnProduct, [id], { reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: "原因至少2个字" } });
    expect((await callAction(w.admin, returnProduct, [id], { reason: "利率说明不清" })).ok).toBe(true);
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ reviewStatus: "RETURNED", reviewNote: "利率说明不清", status: "DRAFT" });

    expect((await callAction(managerA, editOrgProduct, [id], productForm({ name: "陇原测试贷", minRate: "3.85" }))).ok).toBe(true);
    expect((await callAction(managerA, submitProduct, [id], {})).ok).toBe(true);
    expect((await callAction(w.admin, approveProduct, [id], {})).ok).toBe(true);
    expect(await getProduct(id)).toMatchObject({ name: "陇原测试贷", minRate: "3.85" });

    const live = await callAction(managerA, editOrgProduct, [id], productForm({ name: "陇原测试贷（升级版）", minRate: "3.85" }));
    expect(live).toMatchObject({ ok: true, redirectedTo: `/org/products/${id}?done=updated-live` });
    expect((await getProduct(id))?.name).toBe("陇原测试贷（升级版）");
    const edit = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: "product.update" }, orderBy: { createdAt: "desc" } });
    expect(edit.detail).toEqual({ changed: { name: { from: "陇原测试贷", to: "陇原测试贷（升级版）" } } });

    expect(await callAction(w.admin, takeDown, [id], { reason: "宣传用语不规范" })).toMatchObject({ ok: false, fieldErrors: { confirm: "请确认下架该产品" } });
    expect((await getProduct(id))?.name).toBe("陇原测试贷（升级版）");
    expect((await callAction(w.admin, takeDown, [id], { reason: "宣传用语不规范", confirm: "on" })).ok).toBe(true);
    expect(await getProduct(id)).toBeNull();
    const trail = (await db.auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } })).map((a) => `${a.action}:${a.actorId === w.admin.id ? "admin" : "staff"}`);
    expect(trail).toEqual([
      "product.create:staff", "product.submit:staff", "product.return:admin", "product.update:staff", "product.submit:staff",
      "product.approve:admin", "product.update:staff", "product.take_down:admin",
    ]);
    expect(await db.message.count({ where: { userId: managerA.id, link: `/org/products/${id}` } })).toBe(3);
  });

  it("the institution unpublishes its own product", async () => {
    const product = await makeProduct(w.bankA, { category: "PERSONAL", maxAmount: 20, maxTermMonths: 12 });
    expect(await getProduct(product.id)).not.toBeNull();
    expect((await callAction(managerA, unpublishProduct, [product.id], {})).ok).toBe(true);
    expect(await getProduct(product.id)).toBeNull();
    expect(await callAction(managerA, unpublishProduct, [product.id], {})).toMatchObject({ ok: false, message: "该产品未在发布中" });
  });

  it("validates every field with a Chinese message", async () => {
    const result = await callAction(managerA, addOrgProduct, [], productForm({ name: "", methods: [], regions: [], minRate: "abc", maxTermMonths: "0" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { name: "请输入产品名称", methods: "请选择至少一种融资方式", regions: "请选择至少一个地区", minRate: "最低利率须为数字，最多4位小数", maxTermMonths: "最长期限须为1至360之间的整数（月）" },
    });
  });
});
