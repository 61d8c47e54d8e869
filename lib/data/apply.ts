import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { decrypt } from "@/lib/crypto";
import type { Actor } from "@/lib/applications/actor";

// What the 立即申请 page needs: the product's headline figures and the fields the account already knows.

export async function getApplyProduct(id: string) {
  const product = await db.product.findFirst({
    where: { id, status: "PUBLISHED", institution: { is: { status: "PUBLISHED" } } },
    select: {
      id: true, name: true, category: true, isFirstLoan: true, isRenewal: true, methods: true, minRate: true,
      maxAmount: true, maxTermMonths: true, highlights: true, institutionId: true,
      institution: { select: { id: true, name: true, type: true } },
    },
  });
  if (!product) return null;
  return {
    ...product,
    minRate: product.minRate.toString(),
    maxAmount: product.maxAmount.toString(),
  };
}

export type ApplyProductData = NonNullable<Awaited<ReturnType<typeof getApplyProduct>>>;

export function newFormKey(): string {
  return randomUUID();
}

// Prefill: name and phone of the account; for an enterprise its name and 统一社会信用代码; for a
// certified person the 身份证号 of the certification (shown only to its owner).
export async function knownApplicantFields(actor: Actor): Promise<Record<string, string>> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      name: true,
      phone: true,
      enterprise: { select: { name: true, uscc: true, region: true } },
      personalCertification: { select: { status: true, realName: true, idNumberEnc: true } },
    },
  });
  if (!user) return {};
  const cert = user.personalCertification?.status === "VERIFIED" ? user.personalCertification : null;
  const name = cert?.realName ?? user.name ?? "";
  const fields: Record<string, string> = {
    applicantName: name,
    applicantPhone: user.phone,
    contactName: user.name ?? "",
    contactPhone: user.phone,
    realName: user.name ?? "",
    phone: user.phone,
  };
  if (cert?.idNumberEnc) fields.idNumber = decrypt(cert.idNumberEnc);
  if (user.enterprise) {
    fields.enterpriseName = user.enterprise.name;
    fields.uscc = user.enterprise.uscc;
    if (user.enterprise.region) fields.region = user.enterprise.region;
  }
  return fields;
}
