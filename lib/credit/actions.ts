"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { idSchema } from "@/lib/domain/ids";
import { refreshCreditReport, refreshDemandCreditReport } from "./commands";
import { authorizeDemandInstitution, withdrawDemandAuthorization } from "./demand-authorization";
import { demandAuthorizationSchema, withdrawDemandAuthorizationSchema } from "./schema";

// 刷新 on the console's application page: a new snapshot while the applicant's consent stands.
export const refreshCreditReportAction = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta }, _input, [applicationId]) => refreshCreditReport(actor, applicationId, meta),
  refresh: true,
  redirect: (_built, _input, [applicationId]) => `/org/applications/${applicationId}?done=credit#credit-report`,
});

// 查询/刷新 on the console's demand page (the institution that took it up, with the user's 授权).
export const refreshDemandCreditReportAction = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta }, _input, [demandId]) => refreshDemandCreditReport(actor, demandId, meta),
  refresh: true,
  redirect: (_built, _input, [demandId]) => `/org/demands/${demandId}?done=credit#credit-report`,
});

// 我的需求 → 授权 the institution handling the demand to query the 信用报告.
export const authorizeDemandAction = action({
  roles: ["PERSONAL", "ENTERPRISE"],
  bound: z.tuple([idSchema]),
  input: demandAuthorizationSchema,
  run: ({ actor, meta }, _input, [demandId]) => authorizeDemandInstitution(actor, demandId, meta),
  refresh: true,
  redirect: (_built, _input, [demandId]) => `/me/demands/${demandId}?done=authorized`,
});

export const withdrawDemandAuthorizationAction = action({
  roles: ["PERSONAL", "ENTERPRISE"],
  bound: z.tuple([idSchema]),
  input: withdrawDemandAuthorizationSchema,
  run: ({ actor, meta, now }, _input, [demandId]) => withdrawDemandAuthorization(actor, demandId, now, meta),
  refresh: true,
  redirect: (_built, _input, [demandId]) => `/me/demands/${demandId}?done=authorization-withdrawn`,
});
