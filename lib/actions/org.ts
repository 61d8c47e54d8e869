"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current";
import { answerConsultation } from "@/lib/applications/consultations";
import type { TransitionAction } from "@/lib/applications/status-machine";
import { transitionApplication, type DecisionAction } from "@/lib/applications/transitions";
import { revalidateCatalogue } from "@/lib/data/cache";
import { formValues, refusalsAsResults, sessionActor } from "./context";
import { fail, type ActionResult } from "./result";

// Institution console actions (staff only): 受理 审批通过 放款 拒绝 退回补充, and answering 咨询.

const STAFF_DECISIONS: TransitionAction[] = ["ACCEPT", "APPROVE", "DISBURSE", "REJECT", "RETURN"];

export async function decideApplication(applicationId: string, action: TransitionAction, _previous: unknown, formData: FormData) {
  await requireRole("STAFF");
  if (!STAFF_DECISIONS.includes(action)) return fail("不支持的操作");
  const { actor, meta } = await sessionActor();
  const values = formValues(formData);
  const result = await refusalsAsResults(() => transitionApplication(actor, applicationId, action as DecisionAction, values, meta));
  if (!result.ok) return { ...result, values };
  revalidateCatalogue.application(result.data!.productId);
  revalidatePath("/org", "layout");
  redirect(`/org/applications/${applicationId}?done=${action.toLowerCase()}`);
}

export async function answerQuestion(consultationId: string, _previous: unknown, formData: FormData) {
  await requireRole("STAFF");
  const { actor, meta } = await sessionActor();
  const result = await refusalsAsResults(() => answerConsultation(actor, consultationId, formValues(formData), meta));
  if (!result.ok) return result;
  revalidatePath("/org", "layout");
  redirect(`/org/consultations/${consultationId}?done=answered`);
}
