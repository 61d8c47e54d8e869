import { createCipheriv, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openApplicationFields } from "@/lib/applications/sensitive";
import { db } from "@/lib/db";
import { localDriver } from "@/lib/services/storage/drivers/local";
import { storeUpload } from "@/lib/uploads/commands";
import { downloadResponse } from "@/lib/uploads/download";
import { meta } from "@/tests/helpers/accounts";
import { apply, createdId, makeWorld, personalForm } from "@/tests/helpers/application-fixtures";
import { samplePng } from "@/tests/helpers/file-samples";
import { ENCRYPTED_COLUMNS, column, type EncryptedTable } from "./columns";
import { decrypt, keyIdOf, resetKeyring } from "./index";
import { devKey } from "./keyring";
import { rotateKeys } from "./rotate";

// The seeded template is encrypted with the development key, k1; the test adds k2 and rotates onto it.
const K1 = `k1:${devKey("DATA_ENCRYPTION_KEY").toString("base64")}`;
const K2 = `k2:${Buffer.alloc(32, 42).toString("base64")}`;
const storage = localDriver(mkdtempSync(path.join(tmpdir(), "rotate-")));

function useKeys(list: string | null) {
  vi.unstubAllEnvs();
  if (list) vi.stubEnv("DATA_ENCRYPTION_KEYS", list);
  resetKeyring();
}

async function everyStoredValue(): Promise<{ where: ReturnType<typeof column>; stored: string }[]> {
  const values = [];
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    const { rowKey, columns } = ENCRYPTED_COLUMNS[table];
    const rows = await db.$queryRawUnsafe<Record<string, string | null>[]>(`SELECT "${rowKey}" AS "rowId", ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}"`);
    for (const row of rows) {
      for (const name of columns) if (row[name]) values.push({ where: { table, column: name, rowId: row.rowId! }, stored: row[name]! });
    }
  }
  return values;
}

describe("npm run keys:rotate", () => {
  afterEach(() => useKeys(null));

  it("moves every encrypted column and file from k1 (and v1) to the active k2, once; a moved ciphertext does not decrypt", async () => {
    useKeys(K1);
    const w = await makeWorld();
    const first = createdId(await apply(w.personal, w.personalProduct.id, personalForm({ currentLoanTotal: "7.5", hasOverdue: "yes" })));
    const second = createdId(await apply(w.personal, w.personalProduct.id, personalForm()));
    const photo = samplePng();
    const file = await storeUpload(w.personal, "id-photo", { name: "正面.png", bytes: photo }, meta(), "file", storage);
    // A value from before key ids (v1: no key id, no associated data) in a FormReply row.
    const legacy = await db.formReply.create({ data: { form: "legacy", payloadEnc: "v1:placeholder", expiresAt: new Date(Date.now() + 60_000) } });
    await db.formReply.update({ where: { id: legacy.id }, data: { payloadEnc: legacyV1("{\"ok\":true}") } });
    const before = openApplicationFields(await db.loanApplication.findUniqueOrThrow({ where: { id: first } }));
    expect(before).toMatchObject({ currentLoanTotal: "7.5", hasEnforcement: false, hasOverdue: true });
    const stale = await everyStoredValue();
    expect(stale.length).toBeGreaterThan(50);
    expect(stale.every((v) => keyIdOf(v.stored) === "k1")).toBe(true);

    // k2 added in front: new values use it, old ones still read.
    useKeys(`${K2},${K1}`);
    const report = await rotateKeys({ storage, batch: 25 });
    expect(report.activeKey).toBe("k2");
    expect(report.failed).toEqual({});
    expect(report.rotated["LoanApplication.idNumberEnc"]).toBeGreaterThanOrEqual(2);
    expect(report.rotated["LoanApplication.hasOverdueEnc"]).toBeGreaterThanOrEqual(2);
    expect(report.rotated["PersonalCertification.idNumberEnc"]).toBeGreaterThan(0);
    expect(report.rotated["SecondFactor.secretEnc"]).toBeGreaterThan(0);
    expect(report.rotated["FormReply.payloadEnc"]).toBe(1);
    expect(report.rotated["UploadedFile.bytes"]).toBe(1);
    expect(Object.values(report.rotated).reduce((a, b) => a + b, 0)).toBe(stale.length + 1);

    // Idempotent: nothing left to do.
    const again = await rotateKeys({ storage });
    expect(again.rotated).toEqual({});
    expect(again.failed).toEqual({});

    // k1 removed: every value and the file still decrypt, with k2, in its own row.
    useKeys(K2);
    const rotated = await everyStoredValue();
    expect(rotated.length).toBe(stale.length);
    for (const v of rotated) {
      expect(keyIdOf(v.stored)).toBe("k2");
      expect(() => decrypt(v.stored, v.where)).not.toThrow();
    }
    expect(openApplicationFields(await db.loanApplication.findUniqueOrThrow({ where: { id: first } }))).toEqual(before);
    expect(decrypt((await db.formReply.findUniqueOrThrow({ where: { id: legacy.id } })).payloadEnc, column("FormReply", "payloadEnc", legacy.id))).toBe("{\"ok\":true}");
    const download = await downloadResponse(w.personal, file.id, storage);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(photo)).toBe(true);

    // A ciphertext copied into another row fails to decrypt there, and rotation leaves it alone.
    const a = await db.loanApplication.findUniqueOrThrow({ where: { id: first } });
    await db.loanApplication.update({ where: { id: second }, data: { idNumberEnc: a.idNumberEnc, hasOverdueEnc: a.hasOverdueEnc } });
    const b = await db.loanApplication.findUniqueOrThrow({ where: { id: second } });
    expect(() => openApplicationFields(b)).toThrow();
    expect(() => decrypt(a.hasOverdueEnc!, column("LoanApplication", "hasEnforcementEnc", first))).toThrow(); // another column
    useKeys(`k3:${Buffer.alloc(32, 3).toString("base64")},${K2}`);
    const moved = await rotateKeys({ storage });
    expect(moved.failed).toEqual({ "LoanApplication.idNumberEnc": 1, "LoanApplication.hasOverdueEnc": 1 });
    expect((await db.loanApplication.findUniqueOrThrow({ where: { id: second } })).idNumberEnc).toBe(a.idNumberEnc);
  });
});

// What lib/crypto wrote before key ids: v1:<iv>:<tag>:<body> with the single key, no associated data.
function legacyV1(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", devKey("DATA_ENCRYPTION_KEY"), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
}
