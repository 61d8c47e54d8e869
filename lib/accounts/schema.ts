import { z } from "zod";
import { isCommonPassword } from "@/lib/validation/common-passwords";
import { enterpriseNameSchema, mobileSchema, personNameSchema, usccSchema } from "@/lib/validation/common";
import { declarationSchema } from "@/lib/validation/fields";

// Schemas of the account forms, shared by the client (zodResolver) and the server actions.
// Error messages are what the user reads beside each field.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;
export const PASSWORD_RULE_TEXT = "8–64位，至少包含大写字母、小写字母、数字、符号中的三种";

// How many of the four character classes (upper, lower, digit, symbol) a password uses.
export function passwordClassCount(password: string): number {
  return [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export const passwordSchema = z
  .string({ error: "请输入密码" })
  .min(1, "请输入密码")
  .min(PASSWORD_MIN_LENGTH, `密码至少${PASSWORD_MIN_LENGTH}位`)
  .max(PASSWORD_MAX_LENGTH, `密码不能超过${PASSWORD_MAX_LENGTH}位`)
  .refine((p) => !/\s/.test(p), "密码不能包含空格")
  .refine((p) => passwordClassCount(p) >= 3, "密码须包含大写字母、小写字母、数字、符号中的至少三种")
  .refine((p) => !isCommonPassword(p), "该密码过于常见，请换一个更安全的密码");

// The human check (验证码): the ALTCHA payload the widget puts in the form.
export const captchaSchema = z
  .string({ error: "请完成人机验证" })
  .min(1, "请完成人机验证")
  .max(8000, "人机验证数据无效，请重新验证");

export const smsCodeSchema = z
  .string({ error: "请输入短信验证码" })
  .trim()
  .min(1, "请输入短信验证码")
  .regex(/^\d{6}$/, "短信验证码为6位数字");

// A checkbox: true from react-hook-form, "on" from a form posted without JavaScript.
const agreementSchema = declarationSchema("请阅读并同意《平台服务协议》");

export const ACCOUNT_KINDS = ["PERSONAL", "ENTERPRISE"] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

const registerBase = {
  phone: mobileSchema,
  password: passwordSchema,
  captcha: captchaSchema,
  smsCode: smsCodeSchema,
  agree: agreementSchema,
};

const noPhoneInPassword = (v: { phone: string; password: string }) => !v.phone || !v.password.includes(v.phone);
const phoneInPasswordIssue = { message: "密码不能包含手机号", path: ["password"] };

export const registerPersonalSchema = z
  .object({ kind: z.literal("PERSONAL"), ...registerBase, name: personNameSchema })
  .refine(noPhoneInPassword, phoneInPasswordIssue);

export const registerEnterpriseSchema = z
  .object({ kind: z.literal("ENTERPRISE"), ...registerBase, enterpriseName: enterpriseNameSchema, uscc: usccSchema })
  .refine(noPhoneInPassword, phoneInPasswordIssue);

export const registerSchema = z.discriminatedUnion("kind", [registerPersonalSchema, registerEnterpriseSchema]);
export type RegisterInput = z.input<typeof registerSchema>;
export type RegisterData = z.output<typeof registerSchema>;

// 登录: 账号 is the registered phone. The password is only checked for presence here:
// the policy applies when a password is set, not when an old one is typed.
export const loginSchema = z.object({
  phone: z.string({ error: "请输入注册手机号" }).trim().min(1, "请输入注册手机号").regex(/^1[3-9]\d{9}$/, "请输入正确的11位手机号"),
  password: z.string({ error: "请输入密码" }).min(1, "请输入密码").max(128, "手机号或密码错误"),
  captcha: captchaSchema,
  callbackUrl: z.string().max(2000).optional(),
});
export type LoginInput = z.input<typeof loginSchema>;

export const SMS_PURPOSES = ["REGISTER", "CHANGE_PHONE", "RESET_PASSWORD", "CERTIFY"] as const;
export const sendSmsSchema = z.object({
  phone: mobileSchema,
  purpose: z.enum(SMS_PURPOSES, { error: "短信用途无效" }),
  captcha: captchaSchema,
});
export type SendSmsInput = z.input<typeof sendSmsSchema>;
export type SendSmsData = z.output<typeof sendSmsSchema>;

export const changePhoneSchema = z.object({
  newPhone: mobileSchema,
  password: z.string({ error: "请输入登录密码" }).min(1, "请输入登录密码").max(128, "登录密码不正确"),
  captcha: captchaSchema,
  smsCode: smsCodeSchema,
});
export type ChangePhoneInput = z.input<typeof changePhoneSchema>;
export type ChangePhoneData = z.output<typeof changePhoneSchema>;

export const changePasswordSchema = z
  .object({
    oldPassword: z.string({ error: "请输入原密码" }).min(1, "请输入原密码").max(128, "原密码不正确"),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "请再次输入新密码" }).min(1, "请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "两次输入的新密码不一致", path: ["confirmPassword"] })
  .refine((v) => !v.oldPassword || v.newPassword !== v.oldPassword, { message: "新密码不能与原密码相同", path: ["newPassword"] });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type ChangePasswordData = z.output<typeof changePasswordSchema>;

// 忘记密码 (login page): the phone, its SMS code and the new password, after the human check.
export const resetPasswordSchema = z
  .object({
    phone: mobileSchema,
    captcha: captchaSchema,
    smsCode: smsCodeSchema,
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "请再次输入新密码" }).min(1, "请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "两次输入的新密码不一致", path: ["confirmPassword"] });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
export type ResetPasswordData = z.output<typeof resetPasswordSchema>;

// Only same-site relative paths may be used as the place to return to after login.
export function safeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value || typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  if (value.startsWith("/login") || value.startsWith("/register") || value.startsWith("/api/auth")) return fallback;
  return value;
}

// The login page greets a newly registered user and fills in the phone (kept out of the URL and the logs).
export const REGISTERED_COOKIE = "ts_registered_phone";
