import { z } from "zod";

// 咨询 (银企线上沟通问答): the user's question on a product page and the institution's answer.
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
