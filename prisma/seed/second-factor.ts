// Step: the demo factor (lib/auth/second-factor/totp.ts, DEMO_TOTP_SECRET) for the seeded staff and 金融办
// accounts, so the demo logs in with a documented authenticator entry. Never run in production, like the accounts.
import { DEMO_TOTP_SECRET } from "@/lib/auth/second-factor/totp";
import { encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { DEMO_ACCOUNTS, staffPhone } from "./accounts";
import { INSTITUTIONS } from "./institution-data";
import { report, type Db } from "./util";

export async function seedSecondFactors(db: Db): Promise<void> {
  const phones = [...DEMO_ACCOUNTS.filter((a) => a.role === "STAFF" || a.role === "ADMIN").map((a) => a.phone), ...INSTITUTIONS.map((i) => staffPhone(i.name))];
  const users = await db.user.findMany({ where: { phone: { in: phones }, role: { in: ["STAFF", "ADMIN"] } }, select: { id: true } });
  const { count } = await db.secondFactor.createMany({
    data: users.map((u) => ({ userId: u.id, secretEnc: encrypt(DEMO_TOTP_SECRET, column("SecondFactor", "secretEnc", u.id)), enabledAt: new Date("2020-08-01T00:00:00Z") })),
    skipDuplicates: true,
  });
  report("demo second factors", users.length, count, "authenticators");
}
