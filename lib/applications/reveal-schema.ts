import { z } from "zod";

// 查看完整信息: why the staff member needs the clear data (kept in the audit log).
export const REVEAL_REASONS = { REVIEW: "审核贷款申请", CONTACT: "联系申请人核实信息", DISBURSE: "办理放款手续", OTHER: "其他审贷需要" } as const;
export type RevealReason = keyof typeof REVEAL_REASONS;

export const revealSchema = z.object({
  reason: z.enum(Object.keys(REVEAL_REASONS) as [RevealReason, ...RevealReason[]], { error: "请选择查看原因" }),
});
