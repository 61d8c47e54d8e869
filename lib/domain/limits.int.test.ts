import { describe, expect, it } from "vitest";
import { registerForActivity } from "@/lib/activities/register";
import { createRenewalApplication } from "@/lib/applications/create";
import { askQuestion } from "@/lib/consultations/commands";
import { createDemand } from "@/lib/demands/create";
import { actorOf } from "@/lib/domain/actor";
import { USER_LIMITS } from "@/lib/domain/limits";
import { consumeRateLimit } from "@/lib/services/rate-limit";
import { createUser } from "@/tests/helpers/accounts";
import { outcome } from "@/tests/helpers/actions";

// Fix 9: one account cannot flood institutions with applications, questions or registrations.
describe("per-user limits", () => {
  it("refuses an application, question, registration or 融资需求 over the day's limit, before anything else is read", async () => {
    const user = actorOf(await createUser({ role: "ENTERPRISE" }));
    for (const name of ["user-application", "user-consultation", "user-registration", "user-demand"] as const) {
      for (let i = 0; i < USER_LIMITS[name].points; i++) await consumeRateLimit(name, user.id);
    }
    const limited = { ok: false, message: expect.stringMatching(/^操作过于频繁，请.+后再试$/) };
    expect(await outcome(askQuestion(user, "no-such-product", "利率多少？"))).toMatchObject(limited);
    expect(await outcome(registerForActivity(user, "no-such-activity", { attendees: 1 } as never))).toMatchObject(limited);
    expect(await outcome(createRenewalApplication(user, { institutionId: "no-such-bank" } as never))).toMatchObject(limited);
    expect(await outcome(createDemand(user, { idempotencyKey: "no-such-form" } as never, new Date()))).toMatchObject(limited);
  });
});
