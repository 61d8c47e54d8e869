// Step: reference institutions (also run in production).
import type { Region } from "@/lib/generated/prisma/enums";
import { REGIONS } from "@/lib/reference";
import { INSTITUTIONS, type InstitutionSpec } from "./institution-data";
import { type Db, report, seedId } from "./util";

export const ALL_REGIONS: Region[] = REGIONS.map((r) => r.value);

export function regionsOf(spec: InstitutionSpec): Region[] {
  return spec.regions === "ALL" ? ALL_REGIONS : spec.regions;
}

export function institutionSpec(name: string): InstitutionSpec {
  const spec = INSTITUTIONS.find((i) => i.name === name);
  if (!spec) throw new Error(`Unknown seed institution: ${name}`);
  return spec;
}

export async function seedInstitutions(db: Db): Promise<void> {
  const rows = INSTITUTIONS.map((spec) => ({
    id: seedId(`institution:${spec.name}`),
    name: spec.name,
    shortName: spec.shortName ?? null,
    type: spec.type,
    serviceRegions: regionsOf(spec),
    description: spec.fullName === spec.name ? spec.about : `${spec.fullName}。${spec.about}`,
    contactPhone: spec.phone,
    address: spec.address,
    logoText: spec.logoText,
    isBridgeLoanProvider: spec.bridge ?? false,
    sortWeight: spec.sortWeight ?? 0,
    status: "PUBLISHED" as const,
    foundedOn: spec.fund ? new Date(`${spec.fund.foundedOn}T00:00:00Z`) : null,
    managedScale: spec.fund ? spec.fund.scale : null,
    investmentFields: spec.fund?.fields ?? [],
  }));
  // Keyed on the unique name: an institution that already exists (seeded or created by an admin) is kept as it is.
  const { count } = await db.institution.createMany({ data: rows, skipDuplicates: true });
  report("institutions", rows.length, count, "institutions");
}
