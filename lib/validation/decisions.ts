import { z } from "zod";
import { amountWanSchema } from "./common";

// Console decisions on an application and the 咨询 forms.

export function commentSchema(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(2, `请填写${label}（至少2个字）`)
    .max(500, `${label}不能超过500字`);
}

export const approveSchema = z.object({ amount: amountWanSchema("授信额度") });
export const disburseSchema = z.object({ amount: amountWanSchema("放款金额") });
export const rejectSchema = z.object({ comment: commentSchema("原因") });
export const returnSchema = z.object({ comment: commentSchema("说明") });
export const optionalCommentSchema = z.object({
  comment: z
    .string()
    .trim()
    .max(500, "备注不能超过500字")
    .optional()
    .transform((v) => v || null),
});

export const questionSchema = z.object({
  question: z
    .string({ error: "请输入咨询内容" })
    .trim()
    .min(5, "咨询内容至少5个字")
    .max(500, "咨询内容不能超过500字"),
});

export const answerSchema = z.object({
  answer: z
    .string({ error: "请输入回复内容" })
    .trim()
    .min(2, "回复内容至少2个字")
    .max(1000, "回复内容不能超过1000字"),
});
