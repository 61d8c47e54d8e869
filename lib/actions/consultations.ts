"use server";

import { revalidatePath } from "next/cache";
import { askQuestion } from "@/lib/applications/consultations";
import { formValues, refusalsAsResults, sessionActor } from "./context";
import type { ActionResult } from "./result";

// 咨询 on a product page.
export async function askAboutProduct(productId: string, _previous: unknown, formData: FormData) {
  const { actor, meta } = await sessionActor();
  const result = await refusalsAsResults(() => askQuestion(actor, productId, formValues(formData), meta));
  if (result.ok) revalidatePath("/me/consultations");
  return result;
}
