import { z } from "zod";

// 动态验证码: the 6 digits of the authenticator app, or (at login) a recovery code such as ABCD-EFGH-JKLM.
export const secondFactorSchema = z.object({
  code: z
    .string({ error: "请输入动态验证码" })
    .trim()
    .min(1, "请输入动态验证码")
    .max(20, "请输入6位动态验证码或恢复码")
    .regex(/^(\d{6}|[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}-?[A-Za-z0-9]{4})$/, "请输入6位动态验证码或恢复码"),
  next: z.string().max(2000).optional(),
});

export const enrolSchema = z.object({
  code: z.string({ error: "请输入动态验证码" }).trim().min(1, "请输入动态验证码").regex(/^\d{6}$/, "动态验证码为6位数字"),
  next: z.string().max(2000).optional(),
});
