// npm run admin:create -- --phone 13912345678 --password '<strong password>' [--name 金融办管理员]
// Creates the first administrator (金融办) of a deployment; the production seed creates no accounts.
// The password may also come from the ADMIN_PASSWORD environment variable (keeps it out of shell history).
import { db, disconnectDb } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { MOBILE_PATTERN } from "@/lib/validation/common";

// A few of the most common passwords that satisfy the character-class rule; refused outright.
const COMMON = new Set(
  ["Password1", "Password123", "Password@123", "P@ssw0rd", "Passw0rd!", "Admin@123", "Admin123!", "Abc@1234", "Aa123456", "Aa@123456",
    "Qwer1234!", "Qwerty123!", "Welcome1!", "Tianshui@2026", "Tianshui@123", "Admin@2026", "Root@1234"].map((p) => p.toLowerCase()),
);

/** Returns why the password is too weak, or null when it is acceptable (8–64 chars, 3 of 4 classes, not common). */
function passwordProblem(password: string, phone = ""): string | null {
  if (password.length < 8 || password.length > 64) return "密码长度须为8–64位";
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return "密码须包含大写字母、小写字母、数字、符号中的至少3类";
  if (COMMON.has(password.toLowerCase())) return "密码过于常见，请更换";
  if (phone && password.includes(phone)) return "密码不能包含手机号";
  return null;
}

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(phone|password|name)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`未知参数: ${argv[i]}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`参数 --${match[1]} 缺少取值`);
    out[match[1]] = value;
  }
  return out;
}

async function main(): Promise<number> {
  let args: Record<string, string>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const phone = (args.phone ?? "").trim();
  const password = args.password ?? process.env.ADMIN_PASSWORD ?? "";
  const name = (args.name ?? "金融办管理员").trim();
  if (!MOBILE_PATTERN.test(phone) || !password) {
    console.error("用法: npm run admin:create -- --phone <11位手机号> --password <密码> [--name <姓名>]  (或设置 ADMIN_PASSWORD)");
    return 2;
  }
  const problem = passwordProblem(password, phone);
  if (problem) {
    console.error(`密码强度不足: ${problem}`);
    return 2;
  }
  const existing = await db.user.findUnique({ where: { phone }, select: { role: true } });
  if (existing) {
    console.error(`手机号 ${phone} 已被使用（角色 ${existing.role}），未做任何修改`);
    return 1;
  }
  const now = new Date();
  const user = await db.user.create({
    data: { phone, passwordHash: await hashPassword(password), role: "ADMIN", name, passwordChangedAt: now },
    select: { id: true },
  });
  await db.auditLog.create({
    data: { actorId: null, action: "admin.create", targetType: "User", targetId: user.id, detail: { via: "scripts/create-admin.ts" } },
  });
  console.log(`已创建管理员 ${phone}（${name}）`);
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error("创建管理员失败:", error instanceof Error ? error.message : error);
} finally {
  await disconnectDb();
  const { databaseTarget } = await import("@/lib/db/config");
  const target = databaseTarget();
  if (target.kind === "pglite") await (await import("@/lib/db/pglite")).closePglite(target.dataDir);
}
process.exit(code);
