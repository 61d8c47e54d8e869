import { z } from "zod";
import { amountWanSchema, enterpriseNameSchema, mobileSchema, personNameSchema, usccSchema } from "@/lib/validation/common";
import { shanghaiDateTimeSchema } from "@/lib/validation/datetime";

// 发布股权融资 (manual 2.8) and 我要约谈 (manual 2.6): shared by the forms and the server actions.

export const INDUSTRIES = [
  "装备制造", "电子信息", "新材料", "软件和信息技术服务", "农副食品加工", "医药", "文化旅游",
  "交通运输、仓储和物流", "新能源", "节能环保", "现代农业", "商贸服务", "其他",
] as const;

export const LIMITS = { name: 15, introduction: 1000, financingNeeds: 600, coreStrengths: 200 } as const;

const text = (label: string, max: number) =>
  z.string({ error: `请输入${label}` }).trim().min(1, `请输入${label}`).max(max, `${label}不能超过${max}字`);


export const projectSchema = z.object({
  name: text("项目名称", LIMITS.name),
  amount: amountWanSchema("拟融资金额"),
  industry: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (INDUSTRIES as readonly string[]).includes(v), "请选择所属行业")
    .transform((v) => v || null),
  introduction: text("项目简介", LIMITS.introduction),
  financingNeeds: text("融资需求", LIMITS.financingNeeds),
  coreStrengths: text("核心竞争力", LIMITS.coreStrengths),
  // The upload control's two shapes (lib/uploads/form.ts uploadShape; that module is server-only):
  // the posted file without JavaScript, the stored file's id with it. formUpload decides.
  businessPlan: z.unknown().optional(),
  businessPlanId: z.string().max(40).optional(),
  image: z.unknown().optional(),
  imageId: z.string().max(40).optional(),
  contactName: personNameSchema,
  contactPhone: mobileSchema,
  enterpriseName: enterpriseNameSchema,
  uscc: usccSchema,
});
export type ProjectInput = z.output<typeof projectSchema>;

export const reviewSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), comment: z.string().trim().max(200, "审核意见不能超过200字").optional() }),
  z.object({ decision: z.literal("reject"), comment: text("不通过的原因", 200) }),
  z.object({ decision: z.literal("archive"), comment: text("下架的原因", 200) }),
], { error: "请选择审核结果" });
export type ReviewInput = z.output<typeof reviewSchema>;

export const meetingSchema = z.object({
  contactName: personNameSchema.refine(Boolean, "请输入联系人名称"),
  contactPhone: mobileSchema,
  subject: z.string().trim().max(300, "约谈事项不能超过300字").optional().transform((v) => v || null),
});
export type MeetingInput = z.output<typeof meetingSchema>;

export const acceptSchema = z.object({
  meetingAt: shanghaiDateTimeSchema("约谈时间"),
  meetingPlace: text("约谈地点", 100),
  reply: z.string().trim().max(300, "说明不能超过300字").optional().transform((v) => v || null),
});
export const declineSchema = z.object({ reply: text("婉拒原因", 300) });
export const completeSchema = z.object({ reply: z.string().trim().max(300, "说明不能超过300字").optional().transform((v) => v || null) });

// 管理规模 buckets of the 投资机构 filter (万元).
export const SCALE_BUCKETS = [
  { value: "lt5", label: "5亿以下", min: 0, max: 50000 },
  { value: "5to10", label: "5亿-10亿", min: 50000, max: 100000 },
  { value: "10to20", label: "10亿-20亿", min: 100000, max: 200000 },
  { value: "gte20", label: "20亿以上", min: 200000, max: null },
] as const;

// 拟融资金额 buckets of the 股权项目 filter (万元).
export const AMOUNT_BUCKETS = [
  { value: "lt1000", label: "1000万以下", min: 0, max: 1000 },
  { value: "1000to3000", label: "1000万-3000万", min: 1000, max: 3000 },
  { value: "3000to5000", label: "3000万-5000万", min: 3000, max: 5000 },
  { value: "gte5000", label: "5000万以上", min: 5000, max: null },
] as const;

// The review form in the browser: the decision is the pressed button, checked on the server (reviewSchema).
export const reviewFormSchema = z.object({ comment: z.string().trim().max(200, "不能超过200字").optional() });
