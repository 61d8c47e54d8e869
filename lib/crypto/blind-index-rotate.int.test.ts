import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { certifyEnterprise } from "@/lib/certification/enterprise";
import { db } from "@/lib/db";
import { actorOf } from "@/lib/domain/actor";
import { registryDriver } from "@/lib/services/enterprise-verification/drivers/registry";
import { localSources } from "@/lib/services/gov-data/drivers/local";
import type { GovSubject } from "@/lib/services/gov-data/types";
import { checkSmsCode, issueSmsCode } from "@/lib/services/sms/codes";
import { localDriver } from "@/lib/services/storage/drivers/local";
import { DEMO_PERSON_ID_NUMBER, reindexGovData, seedGovData } from "@/prisma/seed/gov-data";
import { DEMO_UNVERIFIED_ENTERPRISE, REGISTRY_ENTERPRISES } from "@/prisma/seed/people";
import { reindexRegistry, seedRegistry } from "@/prisma/seed/registry";
import { freshPhone, meta } from "@/tests/helpers/accounts";
import { BLIND_INDEXED_COLUMNS, ENCRYPTED_COLUMNS } from "./columns";
import { blindIndex, blindIndexes, decrypt, resetKeyring } from "./index";
import { devKey } from "./keyring";
import { rotateKeys } from "./rotate";

// The seeded template is indexed with the development blind index key, b1; the test adds b2 and rotates onto it.
const B1 = `b1:${devKey("BLIND_INDEX_KEY").toString("base64")}`;
const B2 = `b2:${Buffer.alloc(32, 43).toString("base64")}`;
const storage = localDriver(mkdtempSync(path.join(tmpdir(), "reindex-")));

function useIndexKeys(list: string | null) {
  vi.unstubAllEnvs();
  if (list) vi.stubEnv("BLIND_INDEX_KEYS", list);
  resetKeyring();
}

const demo = DEMO_UNVERIFIED_ENTERPRISE;
const registryQuery = (e = demo) => ({ enterpriseName: e.name, legalRepName: e.legalRepName, legalRepIdNumber: e.legalRepIdNumber, uscc: e.uscc });
const person: GovSubject = { type: "PERSON", idNumber: DEMO_PERSON_ID_NUMBER };
const socialOf = async (subject: GovSubject) =>
  localSources().SOCIAL.query({ subject, purpose: "贷款审批", authorizationRef: "test", requestId: "test" }, new AbortController().signal);

// Every recomputable index, with the index its decrypted plaintext has under the active key.
async function indexedRows() {
  const rows: { key: string; stored: string; fresh: string }[] = [];
  for (const { table, hash, plain } of BLIND_INDEXED_COLUMNS) {
    const { rowKey } = ENCRYPTED_COLUMNS[table];
    const found = await db.$queryRawUnsafe<{ rowId: string; hash: string; plain: string }[]>(
      `SELECT "${rowKey}" AS "rowId", "${hash}" AS "hash", "${plain}" AS "plain" FROM "${table}" WHERE "${hash}" IS NOT NULL AND "${plain}" IS NOT NULL`,
    );
    for (const row of found) {
      rows.push({ key: `${table}.${hash}`, stored: row.hash, fresh: blindIndex(decrypt(row.plain, { table, column: plain, rowId: row.rowId })) });
    }
  }
  return rows;
}

describe("rotating the blind index key", () => {
  afterEach(() => useIndexKeys(null));

  it("b2 added first: lookups still find b1 indexes; keys:rotate and the seed recompute them; then b1 can go", async () => {
    useIndexKeys(B1);
    const before = await indexedRows();
    expect(before.length).toBeGreaterThan(20);
    expect(before.every((r) => r.stored === r.fresh)).toBe(true); // all b1 (== the index of before key ids)
    expect(await registryDriver.verify(registryQuery())).toEqual({ result: "MATCH" });
    const b1Person = blindIndex(DEMO_PERSON_ID_NUMBER);
    const govCount = await db.govDataRecord.count();
    // A code issued under b1 (lives 5 minutes).
    const phone = freshPhone();
    const now = new Date();
    expect((await issueSmsCode({ phone, purpose: "REGISTER", now, code: "246810" })).ok).toBe(true);

    // b2 moved first (after it was deployed second): new indexes are b2, every lookup still matches b1.
    useIndexKeys(`${B2},${B1}`);
    const [b2Person, b1Again] = blindIndexes(DEMO_PERSON_ID_NUMBER);
    expect(b1Again).toBe(b1Person);
    expect(b2Person).not.toBe(b1Person);
    expect(await registryDriver.verify(registryQuery())).toEqual({ result: "MATCH" });
    expect(await registryDriver.verify({ ...registryQuery(), legalRepIdNumber: REGISTRY_ENTERPRISES[5].legalRepIdNumber })).toEqual({ result: "MISMATCH", fields: ["legalRepIdNumber"] });
    expect(await socialOf(person)).toMatchObject({ status: "OK" });
    expect((await checkSmsCode(phone, "REGISTER", "246810", new Date(now.getTime() + 10_000))).ok).toBe(true);
    // 企业认证 against the b1 registry; the certification is written with b2.
    const user = await db.user.findUniqueOrThrow({ where: { phone: "13800000003" } });
    expect(await certifyEnterprise(actorOf(user), registryQuery(), meta(), new Date(), registryDriver)).toEqual({ uscc: demo.uscc });
    const certified = await db.enterpriseCertification.findUniqueOrThrow({ where: { userId: user.id } });
    expect(certified).toMatchObject({ status: "VERIFIED", legalRepIdHash: blindIndex(demo.legalRepIdNumber) });
    expect(certified.legalRepIdHash).toBe(blindIndexes(demo.legalRepIdNumber)[0]);
    // A record present under both keys: the active key's answers.
    await db.govDataRecord.create({ data: { source: "SOCIAL", subjectKey: b2Person, data: { socialMonths: 99, housingFundMonths: 1 }, dataTime: new Date() } });
    expect(await socialOf(person)).toMatchObject({ status: "OK", data: { socialMonths: 99 } });

    const report = await rotateKeys({ storage, batch: 25 });
    expect(report.activeIndexKey).toBe("b2");
    expect(report.failed).toEqual({});
    expect(report.rotated).toEqual({}); // the data keys did not change
    const personal = before.filter((r) => r.key === "PersonalCertification.idNumberHash").length;
    expect(report.reindexed["PersonalCertification.idNumberHash"]).toBe(personal);
    expect(report.reindexed["EnterpriseCertification.legalRepIdHash"]).toBe(before.length - personal); // not the new b2 one
    expect(await reindexRegistry(db)).toBe(REGISTRY_ENTERPRISES.length);
    const moved = await reindexGovData(db);
    expect(moved).toBeGreaterThan(3);
    expect(await db.govDataRecord.count()).toBe(govCount); // the b1 record next to the b2 one was dropped

    // Idempotent: a second run and a second seed change nothing.
    const again = await rotateKeys({ storage });
    expect(again.reindexed).toEqual({});
    expect(again.failed).toEqual({});
    expect(await reindexRegistry(db)).toBe(0);
    expect(await reindexGovData(db)).toBe(0);
    await seedRegistry(db);
    await seedGovData(db);
    expect(await db.registryEnterprise.count()).toBe(REGISTRY_ENTERPRISES.length);
    expect(await db.govDataRecord.count()).toBe(govCount);

    // b1 removed: every recomputable index is the b2 one and the lookups work without b1.
    useIndexKeys(B2);
    const after = await indexedRows();
    expect(after.length).toBe(before.length + 1);
    expect(after.every((r) => r.stored === r.fresh)).toBe(true);
    for (const e of REGISTRY_ENTERPRISES.slice(0, 10)) {
      expect((await db.registryEnterprise.findUniqueOrThrow({ where: { uscc: e.uscc } })).legalRepIdHash).toBe(blindIndex(e.legalRepIdNumber));
    }
    expect(await db.govDataRecord.count({ where: { subjectKey: b1Person } })).toBe(0);
    expect(await db.govDataRecord.count({ where: { subjectKey: b2Person } })).toBe(3);
    expect(await socialOf(person)).toMatchObject({ status: "OK", data: { socialMonths: 99 } });
    expect(await registryDriver.verify(registryQuery(REGISTRY_ENTERPRISES[5]))).toEqual({ result: "MATCH" });
    // A short-lived row made under b1 has no plaintext to recompute: why b1 stays until they have expired.
    expect((await checkSmsCode(phone, "REGISTER", "246810", new Date(now.getTime() + 20_000))).ok).toBe(false);
  });
});
