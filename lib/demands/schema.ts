import { z } from "zod";
import type { ApplicantType, Role } from "@/lib/generated/prisma/enums";
import { amountWanSchema, enterpriseNameSchema, mobileSchema, personNameSchema, termMonthsSchema } from "@/lib/validation/common";
import { choiceIdSchema, declarationSchema, idempotencyKeySchema } from "@/lib/validation/fields";

// 发布融资需求 / 发布首贷需求 (manual 2.7 and 2.10): one form, shared by the browser (zodResolver) and
// the server action. The step says what 提交 does: first show the matched products (preview), then
// store the demand (submit); 返回修改 (edit) only brings the form back.

export const DEMAND_METHOD_VALUES = ["ANY", "CREDIT", "MORTGAGE", "PLEDGE", "GUARANTEE"] as const;
export const REGION_VALUES = ["QINZHOU", "MAIJI", "QINAN", "GANGU", "WUSHAN", "QINGSHUI", "ZHANGJIACHUAN"] as const;
export const ANY_INSTITUTION = "ANY";
export const DEMAND_STEPS = ["preview", "submit", "edit"] as const;
export type DemandStep = (typeof DEMAND_STEPS)[number];
export const FIRST_LOAN_DEMAND_DECLARATION = "本企业未在任何金融机构获取过贷款";
export const MAX_RATE = 36;

const rateSchema = (label: string) =>
  z
    .union([z.string(), z.number()], { error: `请输入${label}` })
    .transform((v) => String(v).trim())
    .refine((v) => v !== "", `请输入${label}`)
    .refine((v) => /^\d+(\.\d{1,2})?$/.test(v), `${label}须为数字，最多两位小数`)
    .refine((v) => Number(v) <= MAX_RATE, `${label}应在0至${MAX_RATE}%之间`);

// Several checkboxes arrive as an array, one as a string, none as nothing (or false from react-hook-form).
const institutionsSchema = z
  .preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []), z.array(z.string()))
  .refine((v) => v.length > 0, "请选择期望机构（可选“不限”）")
  .refine((v) => !(v.includes(ANY_INSTITUTION) && v.length > 1), "选择“不限”时不能再勾选具体机构")
  .refine((v) => v.length <= 20, "期望机构最多选择20家")
  .refine((v) => v.every((id) => id === ANY_INSTITUTION || choiceIdSchema("").safeParse(id).success), "请选择期望机构")
  .transform((v) => (v.includes(ANY_INSTITUTION) ? [] : [...new Set(v)]));

// Who may choose what: enterprise accounts 企业 or 个人, personal accounts only 个人; a 首贷需求 is an
// enterprise's and carries the declaration of the applications' 首贷 rules.
export interface DemandFormOptions {
  role: Role;
  firstLoan: boolean;
}

export function allowedApplicantTypes(role: Role): ApplicantType[] {
  return role === "ENTERPRISE" ? ["ENTERPRISE", "PERSONAL"] : ["PERSONAL"];
}

export function demandSchemaFor({ role, firstLoan }: DemandFormOptions) {
  const types = allowedApplicantTypes(role);
  const applicantType = firstLoan
    ? z.literal("ENTERPRISE", { error: "首贷需求须以企业身份发布" })
    : z.enum(types as [ApplicantType, ...ApplicantType[]], { error: types.length > 1 ? "请选择企业或个人" : "个人账号只能以个人身份发布需求" });
  return z
    .object({
      step: z.enum(DEMAND_STEPS).optional().default("preview"),
      applicantType,
      amount: amountWanSchema("融资金额"),
      termMonths: termMonthsSchema("融资期限"),
      purpose: z.string({ error: "请填写融资用途" }).trim().min(2, "请填写融资用途（至少2个字）").max(200, "融资用途不能超过200字"),
      method: z.enum(DEMAND_METHOD_VALUES, { error: "请选择融资方式" }),
      rateFrom: rateSchema("期望利率下限"),
      rateTo: rateSchema("期望利率上限"),
      institutions: institutionsSchema,
      region: z.enum(REGION_VALUES, { error: "请选择所属区域" }),
      realName: personNameSchema,
      gender: z.enum(["MALE", "FEMALE"], { error: "请选择性别" }),
      phone: mobileSchema,
      enterpriseName: z.string().trim().optional().transform((v) => v || null),
      firstLoanDeclared: firstLoan
        ? declarationSchema(`请确认${FIRST_LOAN_DEMAND_DECLARATION}`)
        : z.any().optional().transform(() => false as const),
      idempotencyKey: idempotencyKeySchema,
    })
    // Cross-field rules run even when other fields are wrong (zod's `when`), so every field says
    // what is wrong with it at once.
    .refine((v) => Number(v.rateFrom) <= Number(v.rateTo), {
      path: ["rateTo"],
      message: "期望利率上限不能低于下限",
      when: (p) => !p.issues.some((i) => ["rateFrom", "rateTo"].includes(String(i.path?.[0]))),
    })
    .superRefine((v, ctx) => {
      if (v.applicantType !== "ENTERPRISE") return;
      const name = enterpriseNameSchema.safeParse(v.enterpriseName ?? "");
      if (!name.success) ctx.addIssue({ code: "custom", path: ["enterpriseName"], message: name.error.issues[0]?.message ?? "请输入企业名称" });
    }, { when: (p) => !p.issues.some((i) => ["applicantType", "enterpriseName"].includes(String(i.path?.[0]))) })
    .transform((v) => ({ ...v, enterpriseName: v.applicantType === "ENTERPRISE" ? v.enterpriseName : null, isFirstLoan: firstLoan }));
}

export type DemandData = z.output<ReturnType<typeof demandSchemaFor>>;

// The same form keeps what the user typed: parsed values back as the strings the fields show.
export function formValuesOf(d: DemandData): Record<string, string | string[]> {
  return {
    applicantType: d.applicantType,
    amount: d.amount,
    termMonths: String(d.termMonths),
    purpose: d.purpose,
    method: d.method,
    rateFrom: d.rateFrom,
    rateTo: d.rateTo,
    institutions: d.institutions.length ? d.institutions : [ANY_INSTITUTION],
    region: d.region,
    realName: d.realName,
    gender: d.gender,
    phone: d.phone,
    enterpriseName: d.enterpriseName ?? "",
    firstLoanDeclared: d.firstLoanDeclared ? "on" : "",
    idempotencyKey: d.idempotencyKey,
  };
}

export function commentSchema(label: string) {
  return z.string({ error: `请填写${label}` }).trim().min(2, `请填写${label}（至少2个字）`).max(500, `${label}不能超过500字`);
}

// The console's outcomes: 对接成功 with the 授信/放款 amount, 无法满足 with a reason.
export const matchedSchema = z.object({ amount: amountWanSchema("授信/放款金额"), comment: z.string().trim().max(500, "备注不能超过500字").optional().transform((v) => v || null) });
export const declineSchema = z.object({ comment: commentSchema("无法满足的原因") });
// 撤回需求 needs nothing but the confirmation the page asks for.
export const withdrawSchema = z.object({ confirm: declarationSchema("请确认撤回该需求") });
// 重新指派 (admin): other institutions, or 不限.
export const readdressSchema = z.object({ institutions: institutionsSchema });
