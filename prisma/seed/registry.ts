// Step: the enterprise registry used by 企业认证 when no real provider is configured.
import { blindIndex } from "@/lib/crypto";
import { REGISTRY_ENTERPRISES } from "./people";
import { type Db, report } from "./util";

export async function seedRegistry(db: Db): Promise<void> {
  const rows = REGISTRY_ENTERPRISES.map((e) => ({
    uscc: e.uscc,
    name: e.name,
    legalRepName: e.legalRepName,
    legalRepIdHash: blindIndex(e.legalRepIdNumber),
    region: e.region,
    industry: e.industry,
    establishedOn: new Date(`${e.establishedOn}T00:00:00Z`),
  }));
  await reindexRegistry(db);
  const { count } = await db.registryEnterprise.createMany({ data: rows, skipDuplicates: true });
  report("enterprise registry", rows.length, count, "enterprises");
}

// After a change of the active blind index key (BLIND_INDEX_KEYS, docs/security.md "Key rotation"): the
// registry keeps only the index of the legal representative's 身份证号, but the seed has the number, so a
// seeded row whose index is not the active key's is recomputed. Also run by `npm run keys:rotate`.
export async function reindexRegistry(db: Db): Promise<number> {
  const fresh = new Map(REGISTRY_ENTERPRISES.map((e) => [e.uscc, blindIndex(e.legalRepIdNumber)]));
  const stored = await db.registryEnterprise.findMany({ where: { uscc: { in: [...fresh.keys()] } }, select: { uscc: true, legalRepIdHash: true } });
  let changed = 0;
  for (const row of stored) {
    const hash = fresh.get(row.uscc)!;
    if (row.legalRepIdHash === hash) continue;
    changed += (await db.registryEnterprise.updateMany({ where: { uscc: row.uscc, legalRepIdHash: row.legalRepIdHash }, data: { legalRepIdHash: hash } })).count;
  }
  if (changed) console.log(`[seed] enterprise registry: ${changed} blind indexes recomputed with the active key`);
  return changed;
}
