// Step: synthetic government data for 信用报告 (GovDataRecord, answered by the local driver of
// lib/services/gov-data). Deterministic and varied: the demo enterprise is an A-grade taxpayer with
// a clean record, one enterprise is a 失信被执行人, one has no records at all, the others vary.
import { blindIndex, blindIndexes } from "@/lib/crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BusinessData, GovDataOf, GovSourceKind, JudicialData, PenaltyData, SocialData, TaxData, TaxGrade } from "@/lib/services/gov-data/types";
import { APPLICANTS, DEMO_ENTERPRISE, REGISTRY_ENTERPRISES, type Enterprise } from "./people";
import { makeIdNumber, report, rng, type Db, type Rng } from "./util";

/** The 失信被执行人 of the demo data. */
export const DISHONEST_ENTERPRISE = "天水众诚建筑工程有限公司";
/** An enterprise every source answers 无记录 for. */
export const NO_RECORD_ENTERPRISE = "天水同心医疗器械有限公司";
/** A 身份证号 with personal records (社保, 公积金), for trying a 个人类 application. */
export const DEMO_PERSON_ID_NUMBER = makeIdNumber("QINZHOU", "19880612", 153);

const DATA_TIME = new Date("2026-11-30T16:00:00Z"); // 2026-12-01 in Beijing: the sources' last sync

type Row = { source: GovSourceKind; subjectKey: string; data: GovDataOf[GovSourceKind] };

const SCOPES: Record<string, string> = {
  软件和信息技术服务: "软件开发；信息系统集成服务；信息技术咨询服务",
  农业: "蔬菜、水果种植；农产品初加工；农业技术推广服务",
  建筑业: "房屋建筑工程施工；市政公用工程施工；建筑劳务分包",
};

function enterpriseRows(e: Enterprise, r: Rng, profile: "clean" | "dishonest" | "varied"): Row[] {
  const business: BusinessData = {
    name: e.name,
    status: "存续",
    establishedOn: e.establishedOn,
    registeredCapital: r.pick([50, 100, 200, 300, 500, 1000, 2000]),
    legalRepName: e.legalRepName,
    businessScope: SCOPES[e.industry] ?? `${e.industry}相关业务（依法须经批准的项目，经相关部门批准后方可开展经营活动）`,
  };
  const grade: TaxGrade = profile === "clean" ? "A" : profile === "dishonest" ? "D" : r.pick(["A", "A", "B", "B", "B", "M", "C"] as const);
  const base = r.int(8, 120);
  const tax: TaxData = { creditGrade: grade, taxPaid: [{ year: 2025, amount: base }, { year: 2024, amount: Math.round(base * (0.7 + r.next() * 0.5)) }] };
  const social: SocialData = { insuredStaff: profile === "clean" ? 68 : profile === "dishonest" ? 4 : r.int(3, 120) };
  const judicial: JudicialData =
    profile === "dishonest"
      ? { enforcementCases: 3, dishonest: true, lawsuits: 7 }
      : profile === "clean"
        ? { enforcementCases: 0, dishonest: false, lawsuits: 0 }
        : { enforcementCases: r.chance(0.15) ? 1 : 0, dishonest: false, lawsuits: r.int(0, 3) };
  const penalty: PenaltyData = {
    penalties:
      profile === "dishonest" || (profile === "varied" && r.chance(0.2))
        ? [{ date: `2025-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(10, 28))}`, authority: "天水市市场监督管理局", reason: "未按规定公示年度报告" }]
        : [],
  };
  return [
    { source: "BUSINESS", subjectKey: e.uscc, data: business },
    { source: "TAX", subjectKey: e.uscc, data: tax },
    { source: "SOCIAL", subjectKey: e.uscc, data: social },
    { source: "JUDICIAL", subjectKey: e.uscc, data: judicial },
    { source: "PENALTY", subjectKey: e.uscc, data: penalty },
  ];
}

function personRows(idNumber: string, r: Rng): Row[] {
  const key = blindIndex(idNumber);
  return [
    { source: "SOCIAL", subjectKey: key, data: { socialMonths: r.int(6, 180), housingFundMonths: r.int(0, 120) } satisfies SocialData },
    { source: "JUDICIAL", subjectKey: key, data: { enforcementCases: 0, dishonest: false, lawsuits: r.chance(0.1) ? 1 : 0 } satisfies JudicialData },
    { source: "PENALTY", subjectKey: key, data: { penalties: [] } satisfies PenaltyData },
  ];
}

// The people with records, keyed by the blind index of their 身份证号.
function personIdNumbers(): string[] {
  return [DEMO_PERSON_ID_NUMBER, ...APPLICANTS.filter((a) => !a.enterprise).map((a) => a.idNumber)];
}

export function govDataRows(): Row[] {
  const r = rng(20261202);
  const rows: Row[] = [];
  for (const e of REGISTRY_ENTERPRISES) {
    if (e.name === NO_RECORD_ENTERPRISE) continue;
    const profile = e.uscc === DEMO_ENTERPRISE.uscc ? "clean" : e.name === DISHONEST_ENTERPRISE ? "dishonest" : "varied";
    rows.push(...enterpriseRows(e, r, profile));
  }
  for (const idNumber of personIdNumbers()) {
    rows.push(...personRows(idNumber, r));
  }
  return rows;
}

// After a change of the active blind index key (BLIND_INDEX_KEYS, docs/security.md "Key rotation"): a
// person's records keyed by the index of an older key of the ring move to the active key's index (the seed
// has the 身份证号). A record the seed would now insert anew is not duplicated: the moved one is kept, an old
// one next to an existing active one is dropped. Needs the old key still in the ring (records keyed by a key
// already removed cannot be recognised). Also run by `npm run keys:rotate`.
export async function reindexGovData(db: Db): Promise<number> {
  const indexes = personIdNumbers().map((idNumber) => blindIndexes(idNumber));
  let changed = 0;
  for (let k = 1; k < (indexes[0]?.length ?? 0); k++) {
    const old = indexes.map((i) => i[k]);
    const fresh = indexes.map((i) => i[0]);
    changed += await db.$executeRaw`
      DELETE FROM "GovDataRecord" o USING unnest(${old}::text[], ${fresh}::text[]) AS m(old, fresh)
      WHERE o."subjectKey" = m.old
        AND EXISTS (SELECT 1 FROM "GovDataRecord" n WHERE n."source" = o."source" AND n."subjectKey" = m.fresh)`;
    changed += await db.$executeRaw`
      UPDATE "GovDataRecord" g SET "subjectKey" = m.fresh FROM unnest(${old}::text[], ${fresh}::text[]) AS m(old, fresh)
      WHERE g."subjectKey" = m.old`;
  }
  if (changed) console.log(`[seed] government data: ${changed} person records moved to the active blind index key`);
  return changed;
}

export async function seedGovData(db: Db): Promise<void> {
  await reindexGovData(db);
  const rows = govDataRows();
  const { count } = await db.govDataRecord.createMany({
    data: rows.map((row) => ({ ...row, data: row.data as unknown as Prisma.InputJsonValue, dataTime: DATA_TIME })),
    skipDuplicates: true,
  });
  report("government data", rows.length, count, "source records");
}

// Every real application carries the applicant's 《用户授权协议》 consent (lib/applications/records.ts);
// the seeded history gets the same, given at submission, so staff may pull its 信用报告.
// Only the synthetic applicants' applications (not the scale mode's millions).
export async function seedHistoryConsents(db: Db): Promise<void> {
  const phones = APPLICANTS.map((a) => a.phone);
  const created = await db.$executeRaw`
    INSERT INTO "Consent" ("id", "userId", "agreement", "version", "acceptedAt", "context")
    SELECT 'seedconsent' || a."id", a."applicantId", 'USER_AUTHORIZATION', '2020-07', a."submittedAt", 'application:' || a."id"
    FROM "LoanApplication" a JOIN "User" u ON u."id" = a."applicantId"
    WHERE u."phone" = ANY(${phones})
      AND NOT EXISTS (SELECT 1 FROM "Consent" c
        WHERE c."userId" = a."applicantId" AND c."agreement" = 'USER_AUTHORIZATION' AND c."context" = 'application:' || a."id")`;
  report("history consents", created, created, "consents");
}
