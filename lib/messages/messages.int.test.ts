import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { answerConsultation, askQuestion } from "@/lib/consultations/commands";
import { markAllMessagesRead, markMessageRead } from "@/lib/messages/commands";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { getMyOverview } from "@/lib/applications/queries";
import { getMyConsultation, listOrgConsultations } from "@/lib/consultations/queries";
import { countUnreadMessages, listMyMessages } from "@/lib/messages/queries";
import { answer, apply, ask, createdId, decide, enterpriseForm, makeWorld, personalForm, type World } from "@/tests/helpers/application-fixtures";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

describe("消息中心", () => {
  it("has a message for every status change, newest first, with an unread count and mark-as-read", async () => {
    const r = { id: createdId(await apply(w.personal, w.personalProduct.id, personalForm())) };
    const id = r.id;
    await decide(w.staffA, id, "ACCEPT");
    await decide(w.staffA, id, "RETURN", { comment: "请补充收入证明" });
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
    const a = { id: createdId(await apply(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc))) };
    await decide(w.staffA, a.id, "ACCEPT");
    const overview = await getMyOverview(w.enterprise);
    expect(overview.counts.ACCEPTED).toBe(1);
    expect(overview.total).toBe(1);
    expect(overview.latest[0]).toMatchObject({ toStatus: "ACCEPTED", application: { id: a.id } });
    expect(overview.unread).toBe(2);
  });

  it("shows a change to an older application before newer submissions", async () => {
    const older = { id: createdId(await apply(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc))) };
    for (let i = 0; i < 5; i++) {
      const r = { id: createdId(await apply(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc))) };
    }
    await decide(w.staffA, older.id, "REJECT", { comment: "材料不全，暂不受理" });
    const { latest } = await getMyOverview(w.enterprise);
    expect(latest).toHaveLength(5);
    expect(latest[0]).toMatchObject({ toStatus: "REJECTED", application: { id: older.id } });
    expect(latest.slice(1).every((h) => h.fromStatus === null)).toBe(true);
  });
});

describe("我的咨询", () => {
  it("a user asks about a product, the institution's staff answer once, the user sees the answer and gets a message", async () => {
    const bad = await ask(w.personal, w.personalProduct.id, "好");
    expect(bad.ok === false && bad.fieldErrors?.question).toContain("至少5个字");
    const asked = await ask(w.personal, w.personalProduct.id, "请问个体工商户可以申请吗？");
    expect(asked.message).toContain("咨询已提交");
    const q = { data: { id: createdId(asked) } };
    const consultation = await db.consultation.findUniqueOrThrow({ where: { id: q.data.id } });
    expect(consultation).toMatchObject({ institutionId: w.bankA.id, productId: w.personalProduct.id, userId: w.personal.id });

    const pending = await listOrgConsultations(w.staffA, { page: 1, answered: false });
    expect(pending.items.map((c) => c.id)).toContain(q.data.id);
    const before = await countUnreadMessages(w.personal);
    const emptyAnswer = await answer(w.staffA, q.data.id, "");
    expect(emptyAnswer.ok).toBe(false);
    expect((await answer(w.staffA, q.data.id, "可以，需提供营业执照。")).ok).toBe(true);
    expect(await answer(w.staffA, q.data.id, "再答一次")).toMatchObject({ ok: false, message: "该咨询已经回复过了" });

    const mine = await getMyConsultation(w.personal, q.data.id);
    expect(mine).toMatchObject({ answer: "可以，需提供营业执照。" });
    expect(mine?.answeredAt).toBeInstanceOf(Date);
    expect(await countUnreadMessages(w.personal)).toBe(before + 1);
    const [latest] = (await listMyMessages(w.personal, 1)).items;
    expect(latest).toMatchObject({ link: `/me/consultations/${q.data.id}` });
    expect(latest.title).toContain("已回复");
    expect((await listOrgConsultations(w.staffA, { page: 1, answered: true })).items.map((c) => c.id)).toContain(q.data.id);
  });

  it("only applicants ask and only staff answer", async () => {
    await expect(askQuestion(w.staffA, w.personalProduct.id, "工作人员能提问吗？")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await ask(w.staffA, w.personalProduct.id, "工作人员能提问吗？")).toMatchObject({ ok: false, message: "请使用企业或个人用户账号提交咨询" });
    const qid = createdId(await ask(w.enterprise, w.personalProduct.id, "企业主可以申请个人贷款吗？"));
    await expect(answerConsultation(w.personal, qid, "可以")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await answer(w.personal, qid, "可以")).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
    await expect(askQuestion(w.personal, "no-such-product", "这个产品还在吗？")).rejects.toBeInstanceOf(NotFoundError);
    // A product whose page answers 404 (its institution unpublished) cannot be asked about either.
    await db.institution.update({ where: { id: w.bankA.id }, data: { status: "ARCHIVED" } });
    expect(await ask(w.personal, w.personalProduct.id, "这个产品还在吗？")).toMatchObject({ ok: false, message: "产品不存在或无权查看" });
    await db.institution.update({ where: { id: w.bankA.id }, data: { status: "PUBLISHED" } });
  });
});
