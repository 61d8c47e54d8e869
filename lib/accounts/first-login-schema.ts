import { z } from "zod";
import { passwordSchema } from "./schema";

// The 设置新密码 form of first login (lib/accounts/first-login.ts), shared by the browser and the action.
export const SET_PASSWORD_PATH = "/account/set-password";

export const setOwnPasswordSchema = z
  .object({
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "请再次输入新密码" }).min(1, "请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "两次输入的新密码不一致", path: ["confirmPassword"] });
export type SetOwnPasswordData = z.output<typeof setOwnPasswordSchema>;

