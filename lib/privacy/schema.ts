import { z } from "zod";
import { declarationSchema } from "@/lib/validation/fields";

// 注销账号: the password and an explicit confirmation (the checkbox), then the cooling-off period.
export const closeAccountSchema = z.object({
  password: z.string({ error: "请输入登录密码" }).min(1, "请输入登录密码").max(128, "登录密码不正确"),
  confirm: declarationSchema("请确认您已了解注销的后果"),
});
