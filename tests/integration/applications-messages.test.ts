import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProductApplication } from "@/lib/applications/product-application";
import { transitionApplication } from "@/lib/applications/transitions";
import { askQuestion, answerConsultation } from "@/lib/applications/consultations";
import { markAllMessagesRead, markMessageRead } from "@/lib/applications/messages";
import { ForbiddenError, NotFoundError } from "@/lib/applications/errors";
import { getMyOverview } from "@/lib/data/applications";
import { getMyConsultation, listOrgConsultations } from "@/lib/data/consultations";
import { countUnreadMessages, listMyMessages } from "@/lib/data/messages";
import { enterpriseForm, makeWorld, personalForm, type World } from "../helpers/application-fixtures";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

describe("消息中心", () => {
  it("has a message for every status change, newest first, with an unread count and mark-as-read", async () => {
    const r = await createProductApplication(w.personal, w.personalProduct.id, personalForm());
    if (!r.ok) throw new Error(r.message);
    const id = r.data!.id;
    await transitionApplication(w.staffA, id, "ACCEPT");
    await transitionApplication(w.staffA, id, "RETURN", { comment: "请补充收入证明" });
    const page = await listMyMessages(w.personal, 1);
    expect(page.total).toBe(3);
    expect(page.items[0].title).toContain("退回补充");
    expect(page.items[0].body).toContain("请补充收入证明");
    expect(page.items[2].title).toContain("已提交");
    expect(page.items.every((m) => m.link === `/me/applications/${id}`)).toBe(true);
    expect(await countUnreadMessages(w.personal)).toBe(3);

    await markMessageRead(w.personal, page.items[0].id);
    await markMessageRead(w.personal, page.items[0].id); // idempotent
    expect(await countUnreadMessages(w.personal)).toBe(2);
    expect(await markAllMessagesRead(w.personal)).toBe(2);
    expect(await countUnreadMessages(w.personal)).toBe(0);
    await expect(markMessageRead(w.personal, "no-such-message")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages the list", async () => {
    await db.message.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({ userId: w.otherPersonal.id, title: `通知${i}`, body: "正文" })),
    });
    const p1 = await listMyMessages(w.otherPersonal, 1);
    const p3 = await listMyMessages(w.otherPersonal, 3);
    expect(p1).toMatchObject({ total: 23, pageCount: 3 });
    expect(p1.items).toHaveLength(10);
    expect(p3.items).toHaveLength(3);
  });
});

describe("个人中心 overview", () => {
  it("counts applications by status and lists the latest changes", async () => {
    const a = await createProductApplication(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc));
    if (!a.ok) throw new Error(a.message);
    await transitionApplication(w.staffA, a.data!.id, "ACCEPT");
    const overview = await getMyOverview(w.enterprise);
    expect(overview.counts.ACCEPTED).toBe(1);
    expect(overview.total).toBe(1);
    expect(overview.latest[0]).toMatchObject({ toStatus: "ACCEPTED", application: { id: a.data!.id } });
    expect(overview.unread).toBe(2);
  });

  it("shows a change to an older application before newer submissions", async () => {
    const older = await createProductApplication(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc));
    if (!older.ok) throw new Error(older.message);
    for (let i = 0; i < 5; i++) {
      const r = await createProductApplication(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc));
      if (!r.ok) throw new Error(r.message);
    }
    await transitionApplication(w.staffA, older.data!.id, "REJECT", { comment: "材料不全，暂不受理" });
    const { latest } = await getMyOverview(w.enterprise);
    expect(latest).toHaveLength(5);
    expect(latest[0]).toMatchObject({ toStatus: "REJECTED", application: { id: older.data!.id } });
    expect(latest.slice(1).every((h) => h.fromStatus === null)).toBe(true);
  });
});

describe("我的咨询", () => {
  it("a user asks about a product, the institution's staff answer once, the user sees the answer and gets a message", async () => {
    const bad = await askQuestion(w.personal, w.personalProduct.id, { question: "好" });
    expect(bad.ok === false && bad.fieldErrors?.question).toContain("至少5个字");
    const q = await askQuestion(w.personal, w.personalProduct.id, { question: "请问个体工商户可以申请吗？" });
    if (!q.ok) throw new Error(q.message);
    const consultation = await db.consultation.findUniqueOrThrow({ where: { id: q.data!.id } });
    expect(consultation).toMatchObject({ institutionId: w.bankA.id, productId: w.personalProduct.id, userId: w.personal.id });

    const pending = await listOrgConsultations(w.staffA, { page: 1, answered: false });
    expect(pending.items.map((c) => c.id)).toContain(q.data!.id);
    const before = await countUnreadMessages(w.personal);
    const emptyAnswer = await answerConsultation(w.staffA, q.data!.id, { answer: "" });
    expect(emptyAnswer.ok).toBe(false);
    expect((await answerConsultation(w.staffA, q.data!.id, { answer: "可以，需提供营业执照。" })).ok).toBe(true);
    expect((await answerConsultation(w.staffA, q.data!.id, { answer: "再答一次" })).ok).toBe(false);

    const mine = await getMyConsultation(w.personal, q.data!.id);
    expect(mine).toMatchObject({ answer: "可以，需提供营业执照。" });
    expect(mine?.answeredAt).toBeInstanceOf(Date);
    expect(await countUnreadMessages(w.personal)).toBe(before + 1);
    const [latest] = (await listMyMessages(w.personal, 1)).items;
    expect(latest).toMatchObject({ link: `/me/consultations/${q.data!.id}` });
    expect(latest.title).toContain("已回复");
    expect((await listOrgConsultations(w.staffA, { page: 1, answered: true })).items.map((c) => c.id)).toContain(q.data!.id);
  });

  it("only applicants ask and only staff answer", async () => {
    await expect(askQuestion(w.staffA, w.personalProduct.id, { question: "工作人员能提问吗？" })).rejects.toBeInstanceOf(ForbiddenError);
    const q = await askQuestion(w.enterprise, w.personalProduct.id, { question: "企业主可以申请个人贷款吗？" });
    if (!q.ok) throw new Error(q.message);
    await expect(answerConsultation(w.personal, q.data!.id, { answer: "可以" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(askQuestion(w.personal, "no-such-product", { question: "这个产品还在吗？" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
