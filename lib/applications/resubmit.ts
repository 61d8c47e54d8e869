import { db } from "@/lib/db";
import { isApplicant, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { ForbiddenError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { z } from "zod";
import { bridgeFields, checkFirstLoanEnterprise, checkLender, productApplicationFields, renewalFields } from "./create";
import { subjectOfApplication, type TransitionResult } from "./decide";
import { recordAuthorizationConsent, recordTransition, type NewApplication } from "./records";
import { applicationSchemaFor, bridgeSchema, renewalSchema, type BridgeData, type EnterpriseApplicationData, type RenewalData } from "./schema";
import { canTransition } from "./status-machine";

type Fields = Partial<NewApplication>;
const RESUBMISSION_KEY = "resubmission-of-a-returned-application";

type ProductData = z.output<ReturnType<typeof applicationSchemaFor>>;
export type ResubmissionData = RenewalData | BridgeData | ProductData;

async function findReturnable(actor: Actor, applicationId: string) {
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
  if (!canTransition("RESUBMIT", app.status)) throw new RefusedError("只有“退回补充”的申请可以修改后重新提交");
  return app;
}

// The form an application is edited with is the one it was made with. The forms' idempotency key
// guards creation only (a resubmission is guarded by its status update); a 续贷 keeps its 贷款机构
// and openness, whatever the form sends.
export async function resubmissionSchema(actor: Actor, applicationId: string): Promise<z.ZodType<ResubmissionData>> {
  const app = await findReturnable(actor, applicationId);
  const fixed: Record<string, string> = { idempotencyKey: RESUBMISSION_KEY };
  if (app.kind === "RENEWAL") {
    fixed.institutionId = app.originalInstitutionId ?? "";
    fixed.acceptOthers = app.acceptOtherInstitutions ? "yes" : "no";
  }
  const withFixed = (raw: unknown) => ({ ...(raw as Record<string, unknown>), ...fixed });
  if (app.kind === "RENEWAL") return z.preprocess(withFixed, renewalSchema);
  if (app.kind === "BRIDGE") return z.preprocess(withFixed, bridgeSchema);
  if (!app.product) throw new NotFoundError("产品");
  return z.preprocess(withFixed, applicationSchemaFor(app.product)) as z.ZodType<ResubmissionData>;
}

// 退回补充 → the applicant edits the application and submits it again (→ 待受理, same handling
// institution), with the same checks as at creation (the 贷款机构, the certified 首贷 enterprise);
// the consent is given again.
export async function resubmitApplication(
  actor: Actor,
  applicationId: string,
  data: ResubmissionData,
  meta?: RequestMeta,
): Promise<TransitionResult> {
  const app = await findReturnable(actor, applicationId);
  let fields: Fields;
  if (app.kind === "RENEWAL") {
    fields = renewalFields(data as RenewalData);
  } else if (app.kind === "BRIDGE") {
    await checkLender((data as BridgeData).institutionId);
    fields = bridgeFields(data as BridgeData);
  } else {
    if (!app.product) throw new NotFoundError("产品");
    if (app.kind === "FIRST_LOAN") await checkFirstLoanEnterprise(actor, (data as EnterpriseApplicationData).uscc);
    fields = productApplicationFields(app.id, app.product, data as ProductData);
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
  if (!done) throw new RefusedError("该申请的状态刚刚发生了变化，请刷新页面后重试");
  return { status: "SUBMITTED", productId: app.productId };
}
