import { db } from "@/lib/db";
import { fail, fieldErrorsFrom, succeed, type ActionResult } from "@/lib/actions/result";
import { answerSchema, questionSchema } from "@/lib/validation/decisions";
import { isApplicant, isStaff, type Actor, type RequestMeta } from "./actor";
import { ForbiddenError, NotFoundError } from "./errors";

// 咨询 (银企线上沟通问答): a user asks the institution behind a product; its staff answer once,
// and the user is told in 消息中心.
export async function askQuestion(
  actor: Actor,
  productId: string,
  raw: Record<string, unknown>,
  meta?: RequestMeta,
): Promise<ActionResult<{ id: string }>> {
  if (!isApplicant(actor)) throw new ForbiddenError("请使用企业或个人用户账号提交咨询");
  const product = await db.product.findFirst({
    where: { id: productId, status: "PUBLISHED" },
    select: { id: true, institutionId: true },
  });
  if (!product) throw new NotFoundError("产品");
  const parsed = questionSchema.safeParse(raw);
  if (!parsed.success) {
    return fail("请检查填写的内容", fieldErrorsFrom(parsed.error.issues), { question: String(raw.question ?? "") });
  }
  const created = await db.$transaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: { userId: actor.id, productId: product.id, institutionId: product.institutionId, question: parsed.data.question },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id, action: "consultation.create", targetType: "Consultation", targetId: consultation.id,
        ip: meta?.ip ?? null, userAgent: meta?.userAgent ?? null,
      },
    });
    return consultation;
  });
  return succeed(created, "咨询已提交，机构回复后将通过消息中心通知您");
}

export async function answerConsultation(
  actor: Actor,
  consultationId: string,
  raw: Record<string, unknown>,
  meta?: RequestMeta,
): Promise<ActionResult> {
  if (!isStaff(actor)) throw new ForbiddenError("仅机构工作人员可以回复咨询");
  const consultation = await db.consultation.findFirst({
    where: { id: consultationId, institutionId: actor.institutionId },
    select: { id: true, userId: true, answeredAt: true, product: { select: { name: true } } },
  });
  if (!consultation) throw new NotFoundError("咨询");
  const parsed = answerSchema.safeParse(raw);
  if (!parsed.success) {
    return fail("请检查填写的内容", fieldErrorsFrom(parsed.error.issues), { answer: String(raw.answer ?? "") });
  }
  const answered = await db.$transaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id: consultation.id, answeredAt: null },
      data: { answer: parsed.data.answer, answeredById: actor.id, answeredAt: new Date() },
    });
    if (count !== 1) return false;
    const subject = consultation.product ? `关于「${consultation.product.name}」的咨询` : "您的咨询";
    await tx.message.create({
      data: {
        userId: consultation.userId,
        title: `${subject}已回复`,
        body: `金融机构已回复${subject}：${parsed.data.answer}`,
        link: `/me/consultations/${consultation.id}`,
      },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id, action: "consultation.answer", targetType: "Consultation", targetId: consultation.id,
        ip: meta?.ip ?? null, userAgent: meta?.userAgent ?? null,
      },
    });
    return true;
  });
  if (!answered) return fail("该咨询已经回复过了");
  return succeed(undefined, "回复已发送");
}
