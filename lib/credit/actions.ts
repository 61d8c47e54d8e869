"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { idSchema } from "@/lib/domain/ids";
import { refreshCreditReport } from "./commands";

// 刷新 on the console's application page: a new snapshot while the applicant's consent stands.
export const refreshCreditReportAction = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta }, _input, [applicationId]) => refreshCreditReport(actor, applicationId, meta),
  refresh: true,
  redirect: (_built, _input, [applicationId]) => `/org/applications/${applicationId}?done=credit#credit-report`,
});
