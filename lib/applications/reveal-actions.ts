"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { hasGivenContext } from "@/lib/actions/context";
import { idSchema } from "@/lib/domain/ids";
import { isProductionDeployment } from "@/lib/env";
import { REVEAL_COOKIE, REVEAL_TTL_MS, revealApplication } from "./reveal";
import { revealSchema } from "./reveal-schema";

// 查看完整信息 (申请办理): audited, then the page shows the clear data for 10 minutes in this session.
export const revealApplicationAction = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  input: revealSchema,
  run: async ({ actor, meta, now }, { reason }, [applicationId]) => {
    const { sealed } = await revealApplication(actor, applicationId, reason, meta, now);
    if (!hasGivenContext()) {
      (await cookies()).set(REVEAL_COOKIE, sealed, {
        httpOnly: true,
        sameSite: "strict",
        secure: isProductionDeployment(),
        path: `/org/applications/${applicationId}`,
        maxAge: REVEAL_TTL_MS / 1000,
      });
    }
    return { applicationId };
  },
  redirect: ({ applicationId }) => `/org/applications/${applicationId}?revealed=1`,
});
