import { z } from "zod";
import { agreementSchema, declarationSchema } from "@/lib/validation/fields";

// 我的需求 → 授权 (the 《用户授权协议》 box) and 撤回授权 (a box to confirm).
export const demandAuthorizationSchema = z.object({ agreement: agreementSchema });
export const withdrawDemandAuthorizationSchema = z.object({ confirm: declarationSchema("请确认撤回授权") });
