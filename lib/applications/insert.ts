import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { succeed, type ActionResult } from "@/lib/actions/result";
import type { Actor, RequestMeta } from "./actor";
import { nextApplicationNumber, syncRecordCounter } from "./number";
import { isUniqueViolation } from "./prisma-errors";
import { recordAuthorizationConsent, recordTransition } from "./records";

export type NewApplication = Omit<Prisma.LoanApplicationUncheckedCreateInput, "number" | "idempotencyKey" | "applicantId" | "status">;
export interface CreatedApplication {
  id: string;
  number: string;
  productId: string | null;
}

// Stores a new application with its consent, its first status change (→ 待受理) and a message,
// all in one transaction. The idempotency key (one per rendered form, namespaced by the user) makes a
// double click or a resubmitted form return the application created the first time.
export async function insertApplication(
  actor: Actor,
  formKey: string,
  data: NewApplication,
  subject: string,
  meta?: RequestMeta,
): Promise<ActionResult<CreatedApplication>> {
  const idempotencyKey = `${actor.id}:${formKey}`;
  const existing = () => db.loanApplication.findUnique({ where: { idempotencyKey }, select: { id: true, number: true, productId: true } });
  const earlier = await existing();
  if (earlier) return succeed(earlier);

  for (let attempt = 0; ; attempt++) {
    const number = await nextApplicationNumber(db);
    try {
      const created = await db.$transaction(async (tx) => {
        const application = await tx.loanApplication.create({
          data: { ...data, number, idempotencyKey, applicantId: actor.id, status: "SUBMITTED" },
          select: { id: true, number: true, productId: true },
        });
        await recordAuthorizationConsent(tx, actor, application.id, meta);
        await recordTransition(tx, {
          application: { ...application, applicantId: actor.id, subject },
          from: null,
          to: "SUBMITTED",
          actor,
          meta,
        });
        return application;
      });
      return succeed(created);
    } catch (error) {
      if (isUniqueViolation(error, "idempotencyKey")) {
        const winner = await existing();
        if (winner) return succeed(winner);
      }
      // A number taken by data loaded outside the counter: move the counter past it and retry.
      if (isUniqueViolation(error, "number") && attempt < 3) {
        await syncRecordCounter(db, "SQ");
        continue;
      }
      throw error;
    }
  }
}
