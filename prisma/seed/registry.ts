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
  const { count } = await db.registryEnterprise.createMany({ data: rows, skipDuplicates: true });
  report("enterprise registry", rows.length, count, "enterprises");
}
