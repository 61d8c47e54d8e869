import { blindIndexes } from "@/lib/crypto";
import { db } from "@/lib/db";
import type { EnterpriseAnswer, EnterpriseVerificationDriver, MismatchField } from "../types";

// The local default: the seeded RegistryEnterprise table (legal representatives' ID numbers are
// kept only as a blind index, so the check compares indexes: with any key of BLIND_INDEX_KEYS, since a row
// indexed before a key rotation keeps its old index until the seed recomputes it).
export const registryDriver: EnterpriseVerificationDriver = {
  name: "registry",
  async verify(query): Promise<EnterpriseAnswer> {
    const row = await db.registryEnterprise.findUnique({ where: { uscc: query.uscc } });
    if (!row) return { result: "NOT_FOUND" };
    const fields: MismatchField[] = [];
    if (row.name !== query.enterpriseName.trim()) fields.push("enterpriseName");
    if (row.legalRepName !== query.legalRepName.trim()) fields.push("legalRepName");
    if (!blindIndexes(query.legalRepIdNumber).includes(row.legalRepIdHash)) fields.push("legalRepIdNumber");
    return fields.length === 0 ? { result: "MATCH" } : { result: "MISMATCH", fields };
  },
};
