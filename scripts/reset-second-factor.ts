// npm run admin:reset-2fa -- 13912345678
// For a staff member or 金融办 who lost both the authenticator and the recovery codes: removes the factor and
// ends the account's sessions; the next login enrols a new authenticator (lib/auth/second-factor/reset.ts).
// Run by the platform's operator after checking the person's identity; audited as auth.second_factor.reset.
import { db, disconnectDb } from "@/lib/db";
import { resetSecondFactor } from "@/lib/auth/second-factor/reset";

const phone = process.argv[2]?.trim();
try {
  if (!phone || !/^1[3-9]\d{9}$/.test(phone)) throw new Error("用法: npm run admin:reset-2fa -- <手机号>");
  const user = await db.user.findUnique({ where: { phone }, select: { id: true, role: true } });
  if (!user || (user.role !== "STAFF" && user.role !== "ADMIN")) throw new Error("没有该手机号的机构人员或管理员账号");
  const done = await resetSecondFactor(user.id, { ip: null, userAgent: "scripts/reset-second-factor" }, new Date(), null);
  console.log(done ? "已重置：该账号下次登录时重新绑定身份验证器。" : "该账号尚未绑定身份验证器，无需重置。");
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
