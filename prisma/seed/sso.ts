import { createHash } from "node:crypto";
import { encrypt } from "../../lib/crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { SsoIdentityKind } from "../../lib/generated/prisma/enums";
import { hashPassword } from "../../lib/password";
import { SSO_MOCK_DEMO_PASSWORD } from "../../lib/sso-mock/demo";
import { idNumberCheckChar } from "../../lib/validation/id-number";
import { usccCheckChar } from "../../lib/validation/uscc";

// Identities of the mock 甘肃省统一身份认证系统 (non-production only): people and enterprise legal
// representatives with a name, phone, ID number (valid check character, stored encrypted) and a
// username/password for the mock login page. 李娜 shares her phone with the demo 个人用户 13800000001,
// so her first SSO login shows the linking of an existing account.
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
  { username: "zhangwei", name: "张伟", phone: "13900000021", idFirst17: "62050219850312051", kind: "PERSON" },
  { username: "lina", name: "李娜", phone: "13800000001", idFirst17: "62050319900718062", kind: "PERSON" },
  { username: "chenjing", name: "陈静", phone: "13900000023", idFirst17: "62052219920105042", kind: "PERSON" },
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

export async function seedSsoMockIdentities(db: PrismaClient): Promise<number> {
  const passwordHash = await hashPassword(SSO_MOCK_DEMO_PASSWORD);
  for (const identity of SSO_MOCK_IDENTITIES) {
    const idNumber = identity.idFirst17 + idNumberCheckChar(identity.idFirst17);
    const uscc = identity.usccFirst17 ? identity.usccFirst17 + usccCheckChar(identity.usccFirst17) : null;
    const data = {
      name: identity.name,
      phone: identity.phone,
      kind: identity.kind,
      enterpriseName: identity.enterpriseName ?? null,
      uscc,
    };
    await db.ssoMockIdentity.upsert({
      where: { username: identity.username },
      update: data,
      create: { ...data, username: identity.username, subject: ssoSubjectOf(identity.username), passwordHash, idNumberEnc: encrypt(idNumber) },
    });
  }
  return SSO_MOCK_IDENTITIES.length;
}
