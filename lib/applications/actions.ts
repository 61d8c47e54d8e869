"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { CACHE_TAGS, productTag } from "@/lib/cache/tags";
import type { TagRefresh } from "@/lib/cache/refresh";
import type { Actor } from "@/lib/domain/actor";
import { idSchema } from "@/lib/domain/ids";
import { scheduleSubmissionReport } from "@/lib/credit/on-submit";
import { RefusedError } from "@/lib/domain/errors";
import { createBridgeApplication, createProductApplication, createRenewalApplication, findApplicableProduct } from "./create";
import { transitionApplication } from "./decide";
import { checkEnterpriseService, checkProductEligibility } from "./eligibility";
import { resubmissionSchema, resubmitApplication } from "./resubmit";
import { applicationSchemaFor, bridgeSchema, DECISION_SCHEMAS, renewalSchema } from "./schema";

// The loan application's server actions: 立即申请, 续贷申请, 转贷, 撤回, 修改并重新提交 (applicants)
// and the console's decisions (staff). Each is made with the one builder (lib/actions/builder.ts).

// A submission's 信用报告 is built after the response (lib/credit/on-submit.ts, docs/credit-report.md).
function withCreditReport<T extends { id: string }>(created: T): T {
  scheduleSubmissionReport(created.id);
  return created;
}

// The figures over all applications are recomputed in the background; the product's own at once.
const figuresOf = (productId: string | null): TagRefresh[] => [
  { tag: CACHE_TAGS.applications, background: true },
  ...(productId ? [{ tag: productTag(productId), background: true as const }] : []),
];

// Applicant actions take any signed-in account: the domain tells staff and admin why they may not
// apply, in words they can act on.
export const applyForProduct = action({
  bound: z.tuple([idSchema]),
  // The form follows the product; an account that may not apply is told why before any field.
  input: async ({ context, bound: [productId] }) => {
    const product = await findApplicableProduct(productId);
    const blocked = await checkProductEligibility(context.actor, product);
    if (blocked) throw new RefusedError(blocked.message);
    return applicationSchemaFor(product);
  },
  run: async ({ actor, meta }, input, [productId]) => withCreditReport(await createProductApplication(actor, productId, input, meta)),
  revalidate: (created) => figuresOf(created.productId),
  refresh: true, // the header's 消息中心 count
  redirect: (created) => `/me/applications/${created.id}/submitted`,
});

// 续贷 and 转贷 are enterprise services: other accounts are told so before any field.
function enterpriseServiceSchema<T extends z.ZodType>(actor: Actor, service: "续贷" | "转贷", schema: T): T {
  const blocked = checkEnterpriseService(actor, service);
  if (blocked) throw new RefusedError(blocked.message);
  return schema;
}

export const submitRenewal = action({
  input: ({ context }) => enterpriseServiceSchema(context.actor, "续贷", renewalSchema),
  run: async ({ actor, meta }, input) => withCreditReport(await createRenewalApplication(actor, input, meta)),
  revalidate: () => figuresOf(null),
  refresh: true,
  redirect: (created) => `/me/applications/${created.id}/submitted`,
});

export const submitBridge = action({
  input: ({ context }) => enterpriseServiceSchema(context.actor, "转贷", bridgeSchema),
  run: async ({ actor, meta }, input) => withCreditReport(await createBridgeApplication(actor, input, meta)),
  revalidate: () => figuresOf(null),
  refresh: true,
  redirect: (created) => `/me/applications/${created.id}/submitted`,
});

export const withdrawApplication = action({
  bound: z.tuple([idSchema]),
  input: DECISION_SCHEMAS.WITHDRAW,
  run: ({ actor, meta }, input, [applicationId]) => transitionApplication(actor, applicationId, "WITHDRAW", input, meta),
  revalidate: (changed) => figuresOf(changed.productId),
  refresh: true,
  redirect: (_changed, _input, [applicationId]) => `/me/applications/${applicationId}?done=withdrawn`,
});

export const resubmitReturnedApplication = action({
  bound: z.tuple([idSchema]),
  input: ({ context, bound: [applicationId] }) => resubmissionSchema(context.actor, applicationId),
  run: async ({ actor, meta }, input, [applicationId]) => {
    const changed = await resubmitApplication(actor, applicationId, input, meta);
    scheduleSubmissionReport(applicationId); // the resubmission carries a new consent
    return changed;
  },
  refresh: true,
  redirect: (_changed, _input, [applicationId]) => `/me/applications/${applicationId}?done=resubmitted`,
});

// 受理 审批通过 放款 拒绝 退回补充.
const STAFF_DECISIONS = ["ACCEPT", "APPROVE", "DISBURSE", "REJECT", "RETURN"] as const;

export const decideApplication = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema, z.enum(STAFF_DECISIONS)]),
  input: ({ bound: [, decision] }) => DECISION_SCHEMAS[decision],
  run: ({ actor, meta }, input, [applicationId, decision]) => transitionApplication(actor, applicationId, decision, input, meta),
  revalidate: (changed) => figuresOf(changed.productId),
  redirect: (_changed, _input, [applicationId, decision]) => `/org/applications/${applicationId}?done=${decision.toLowerCase()}`,
});
