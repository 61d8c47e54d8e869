import { createHash } from "node:crypto";
import { encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import type { SsoIdentityKind } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/password";
import { SSO_MOCK_DEMO_PASSWORD } from "@/lib/sso-mock/demo";
import { idNumberCheckChar } from "@/lib/validation/id-number";
import { usccCheckChar } from "@/lib/validation/uscc";
import { report, seedId, type Db } from "./util";

// Identities of the mock 甘肃省统一身份认证系统 (non-production only): people and enterprise legal
// representatives with a name, phone, ID number (valid check character, stored encrypted) and a
// username/password for the mock login page. 张伟 shares his phone with the demo 个人用户 13800000001:
// his SSO login is sent to log in with the password and link from 账号信息 (docs/security.md); the others
// get new accounts (phones 1390000002x).
interface MockIdentity {
  username: string;
  name: string;
  phone: string;
  idFirst17: string;
  kind: SsoIdentityKind;
  enterpriseName?: string;
  usccFirst17?: string;
}

export const SSO_MOCK_IDENTITIES: MockIdentity[] = [
  { username: "zhangwei", name: "张伟", phone: "13800000001", idFirst17: "62050219850312051", kind: "PERSON" },
  { username: "lina", name: "李娜", phone: "13900000021", idFirst17: "62050319900718062", kind: "PERSON" },
  { username: "sunli", name: "孙丽", phone: "13900000023", idFirst17: "62052219920105042", kind: "PERSON" },
  {
    username: "wangfang",
    name: "王芳",
    phone: "13900000022",
    idFirst17: "62052319800923082",
    kind: "LEGAL_REP",
    enterpriseName: "天水陇原农业发展有限公司",
    usccFirst17: "91620523MA71LY0A2",
  },
  {
    username: "zhaolei",
    name: "赵磊",
    phone: "13900000024",
    idFirst17: "62050219781130033",
    kind: "LEGAL_REP",
    enterpriseName: "天水麦积丝路电子科技有限公司",
    usccFirst17: "91620503MA72DX1K3",
  },
];

export function ssoSubjectOf(username: string): string {
  return `gs-${createHash("sha256").update(`gansu-sso:${username}`).digest("hex").slice(0, 20)}`;
}

export async function seedSsoMockIdentities(db: Db): Promise<void> {
  const passwordHash = await hashPassword(SSO_MOCK_DEMO_PASSWORD);
  let created = 0;
  for (const identity of SSO_MOCK_IDENTITIES) {
    if (await db.ssoMockIdentity.findUnique({ where: { username: identity.username }, select: { id: true } })) continue;
    const idNumber = identity.idFirst17 + idNumberCheckChar(identity.idFirst17);
    const id = seedId(`sso-identity:${identity.username}`); // known before the insert: the 身份证号 is bound to it
    await db.ssoMockIdentity.create({
      data: {
        id,
        username: identity.username,
        subject: ssoSubjectOf(identity.username),
        passwordHash,
        name: identity.name,
        phone: identity.phone,
        idNumberEnc: encrypt(idNumber, column("SsoMockIdentity", "idNumberEnc", id)),
        kind: identity.kind,
        enterpriseName: identity.enterpriseName ?? null,
        uscc: identity.usccFirst17 ? identity.usccFirst17 + usccCheckChar(identity.usccFirst17) : null,
      },
    });
    created += 1;
  }
  report("sso mock identities", SSO_MOCK_IDENTITIES.length, created, "identities", `password ${SSO_MOCK_DEMO_PASSWORD}`);
}
