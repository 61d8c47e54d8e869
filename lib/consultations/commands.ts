import { notify } from "@/lib/messages/notify";
import { findPublicProduct } from "@/lib/catalogue/public-product";
import { db } from "@/lib/db";
import { isApplicant, isStaff, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { limitPerUser } from "@/lib/domain/limits";
import { ForbiddenError, NotFoundError, RefusedError } from "@/lib/domain/errors";

// 咨询 (银企线上沟通问答): a user asks the institution behind a public product; its staff answer once,
// and the user is told in 消息中心.
export async function askQuestion(actor: Actor, productId: string, question: string, meta?: RequestMeta): Promise<{ id: string }> {
  if (!isApplicant(actor)) throw new ForbiddenError("请使用企业或个人用户账号提交咨询");
  await limitPerUser("user-consultation", actor);
  const product = await findPublicProduct(productId);
  if (!product) throw new NotFoundError("产品");
  return db.$transaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: { userId: actor.id, productId: product.id, institutionId: product.institutionId, question },
      select: { id: true },
    });
    await audit({ action: "consultation.create", actorId: actor.id, targetType: "Consultation", targetId: consultation.id, meta }, tx);
    return consultation;
  });
}

export async function answerConsultation(actor: Actor, consultationId: string, answer: string, meta?: RequestMeta): Promise<void> {
  if (!isStaff(actor)) throw new ForbiddenError("仅机构工作人员可以回复咨询");
  const consultation = await db.consultation.findFirst({
    where: { id: consultationId, institutionId: actor.institutionId },
    select: { id: true, userId: true, answeredAt: true, product: { select: { name: true } } },
  });
  if (!consultation) throw new NotFoundError("咨询");
  const answered = await db.$transaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id: consultation.id, answeredAt: null },
      data: { answer, answeredById: actor.id, answeredAt: new Date() },
    });
    if (count !== 1) return false;
    const subject = consultation.product ? `关于「${consultation.product.name}」的咨询` : "您的咨询";
    await notify(
      { userId: consultation.userId, title: `${subject}已回复`, body: `金融机构已回复${subject}：${answer}`, link: `/me/consultations/${consultation.id}` },
      tx,
    );
    await audit({ action: "consultation.answer", actorId: actor.id, targetType: "Consultation", targetId: consultation.id, meta }, tx);
    return true;
  });
  if (!answered) throw new RefusedError("该咨询已经回复过了");
}
