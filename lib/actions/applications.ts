"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createProductApplication } from "@/lib/applications/product-application";
import { resubmitApplication } from "@/lib/applications/resubmit";
import { createBridgeApplication, createRenewalApplication } from "@/lib/applications/service-applications";
import { transitionApplication } from "@/lib/applications/transitions";
import { revalidateCatalogue } from "@/lib/data/cache";
import { formValues, refusalsAsResults, sessionActor } from "./context";
import type { ActionResult } from "./result";

// Applicant actions: authenticate → the domain function validates, authorizes and writes → revalidate → go on.

async function afterCreate(result: ActionResult<{ id: string; productId: string | null }>) {
  if (!result.ok) return result;
  revalidateCatalogue.application(result.data!.productId);
  revalidatePath("/me", "layout");
  redirect(`/me/applications/${result.data!.id}/submitted`);
}

export async function applyForProduct(productId: string, _previous: unknown, formData: FormData) {
  const { actor, meta } = await sessionActor();
  return afterCreate(await refusalsAsResults(() => createProductApplication(actor, productId, formValues(formData), meta)));
}

export async function submitRenewal(_previous: unknown, formData: FormData) {
  const { actor, meta } = await sessionActor();
  return afterCreate(await refusalsAsResults(() => createRenewalApplication(actor, formValues(formData), meta)));
}

export async function submitBridge(_previous: unknown, formData: FormData) {
  const { actor, meta } = await sessionActor();
  return afterCreate(await refusalsAsResults(() => createBridgeApplication(actor, formValues(formData), meta)));
}

export async function withdrawApplication(applicationId: string, _previous: unknown, _formData: FormData) {
  const { actor, meta } = await sessionActor();
  const result = await refusalsAsResults(() => transitionApplication(actor, applicationId, "WITHDRAW", {}, meta));
  if (!result.ok) return result;
  revalidateCatalogue.application(result.data!.productId);
  revalidatePath("/me", "layout");
  redirect(`/me/applications/${applicationId}?done=withdrawn`);
}

export async function resubmitReturnedApplication(applicationId: string, _previous: unknown, formData: FormData) {
  const { actor, meta } = await sessionActor();
  const result = await refusalsAsResults(() => resubmitApplication(actor, applicationId, formValues(formData), meta));
  if (!result.ok) return result;
  revalidatePath("/me", "layout");
  redirect(`/me/applications/${applicationId}?done=resubmitted`);
}
