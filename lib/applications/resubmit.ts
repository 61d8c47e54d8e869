import { db } from "@/lib/db";
import { fail, fieldErrorsFrom, succeed, type ActionResult } from "@/lib/actions/result";
import { bridgeSchema, renewalSchema } from "@/lib/validation/renewals";
import { isApplicant, type Actor, type RequestMeta } from "./actor";
import { ForbiddenError, NotFoundError } from "./errors";
import type { NewApplication } from "./insert";
import { echoValues, INVALID_FORM, productApplicationFields, schemaFor } from "./product-application";
import { recordAuthorizationConsent, recordTransition } from "./records";
import { bridgeFields, renewalFields } from "./service-applications";
import { canTransition } from "./status-machine";
import { subjectOfApplication, type TransitionResult } from "./transitions";

type Fields = Partial<NewApplication>;
const RESUBMISSION_KEY = "resubmission-of-a-returned-application";

// 退回补充 → the applicant edits the application and submits it again (→ 待受理, same handling institution).
// The form is the one the application was made with; the consent is given again.
export async function resubmitApplication(
  actor: Actor,
  applicationId: string,
  raw: Record<string, unknown>,
  meta?: RequestMeta,
): Promise<ActionResult<TransitionResult>> {
  if (!isApplicant(actor)) throw new ForbiddenError("仅申请人本人可以修改申请");
  const app = await db.loanApplication.findFirst({
    where: { id: applicationId, applicantId: actor.id },
    include: {
      product: {
        select: { id: true, name: true, institutionId: true, category: true, isFirstLoan: true, maxAmount: true, maxTermMonths: true },
      },
    },
  });
  if (!app) throw new NotFoundError("申请");
  if (!canTransition("RESUBMIT", app.status)) return fail("只有“退回补充”的申请可以修改后重新提交");

  // The forms' idempotency key guards creation only; a resubmission is guarded by its status update.
  raw = { ...raw, idempotencyKey: RESUBMISSION_KEY };
  let fields: Fields;
  if (app.kind === "RENEWAL") {
    // The handling institution stays the one that asked for more; 贷款机构 and openness do not change.
    const parsed = renewalSchema.safeParse({
      ...raw,
      institutionId: app.originalInstitutionId ?? "",
      acceptOthers: app.acceptOtherInstitutions ? "yes" : "no",
    });
    if (!parsed.success) return fail(INVALID_FORM, fieldErrorsFrom(parsed.error.issues), echoValues(raw));
    fields = renewalFields(parsed.data);
  } else if (app.kind === "BRIDGE") {
    const parsed = bridgeSchema.safeParse(raw);
    if (!parsed.success) return fail(INVALID_FORM, fieldErrorsFrom(parsed.error.issues), echoValues(raw));
    fields = bridgeFields(parsed.data);
  } else {
    if (!app.product) throw new NotFoundError("产品");
    const parsed = schemaFor(app.product).safeParse(raw);
    if (!parsed.success) return fail(INVALID_FORM, fieldErrorsFrom(parsed.error.issues), echoValues(raw));
    fields = productApplicationFields(app.product, parsed.data);
  }

  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.loanApplication.updateMany({
      where: { id: app.id, applicantId: actor.id, status: "RETURNED" },
      data: { ...fields, status: "SUBMITTED" },
    });
    if (count !== 1) return false;
    await recordAuthorizationConsent(tx, actor, app.id, meta);
    await recordTransition(tx, {
      application: { id: app.id, number: app.number, applicantId: actor.id, subject: subjectOfApplication(app) },
      from: "RETURNED",
      to: "SUBMITTED",
      actor,
      comment: "已补充资料并重新提交",
      meta,
    });
    return true;
  });
  if (!done) return fail("该申请的状态刚刚发生了变化，请刷新页面后重试");
  return succeed({ status: "SUBMITTED" as const, productId: app.productId }, "已重新提交");
}
