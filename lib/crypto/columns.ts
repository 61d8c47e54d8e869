import type { CipherContext } from "./index";

// Every encrypted column, with the column that names its row in the associated data (lib/crypto: a ciphertext
// decrypts only in the table, column and row it was written for). `npm run keys:rotate` walks this list: a new
// encrypted column is added here, or rotation leaves it on the old key.
export const ENCRYPTED_COLUMNS = {
  LoanApplication: { rowKey: "id", columns: ["idNumberEnc", "annualIncomeEnc", "currentLoanTotalEnc", "hasEnforcementEnc", "hasOverdueEnc"] },
  PersonalCertification: { rowKey: "userId", columns: ["idNumberEnc"] },
  EnterpriseCertification: { rowKey: "userId", columns: ["legalRepIdEnc"] },
  SecondFactor: { rowKey: "userId", columns: ["secretEnc"] },
  SsoMockIdentity: { rowKey: "id", columns: ["idNumberEnc"] },
  SsoMockKey: { rowKey: "kid", columns: ["privateJwkEnc"] },
  FormReply: { rowKey: "id", columns: ["payloadEnc"] },
} as const;

export type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;

// Every blind index whose plaintext the platform keeps (encrypted, in the same row): `npm run keys:rotate`
// recomputes these with the active key of BLIND_INDEX_KEYS. The other blind indexes have no plaintext to
// recompute from (docs/security.md, "Key rotation"): the seeded reference tables (RegistryEnterprise,
// GovDataRecord) are recomputed by their seed steps, the short-lived rows (SmsCode, MockFaceSession) expire.
export const BLIND_INDEXED_COLUMNS = [
  { table: "PersonalCertification", hash: "idNumberHash", plain: "idNumberEnc" },
  { table: "EnterpriseCertification", hash: "legalRepIdHash", plain: "legalRepIdEnc" },
] as const satisfies readonly { table: EncryptedTable; hash: string; plain: string }[];
export type EncryptedColumn<T extends EncryptedTable> = (typeof ENCRYPTED_COLUMNS)[T]["columns"][number];

/** The context of one stored value: `column("LoanApplication", "idNumberEnc", id)`. */
export function column<T extends EncryptedTable>(table: T, name: EncryptedColumn<T>, rowId: string): CipherContext {
  return { table, column: name, rowId };
}
