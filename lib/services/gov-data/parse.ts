import { z } from "zod";
import type { GovDataOf, GovSourceKind } from "./types";

// What each source's data must look like, whichever driver fetched it: an answer that does not
// fit is an unreadable answer (the source counts as unavailable), never half-shown data.
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0);

export const GOV_DATA_SCHEMAS: { [K in GovSourceKind]: z.ZodType<GovDataOf[K]> } = {
  BUSINESS: z.object({
    name: z.string(),
    status: z.string(),
    establishedOn: day,
    registeredCapital: z.number().min(0),
    legalRepName: z.string(),
    businessScope: z.string(),
  }),
  TAX: z.object({
    creditGrade: z.enum(["A", "B", "M", "C", "D"]),
    taxPaid: z.array(z.object({ year: z.number().int(), amount: z.number().min(0) })),
  }),
  SOCIAL: z.object({ insuredStaff: count.optional(), socialMonths: count.optional(), housingFundMonths: count.optional() }),
  JUDICIAL: z.object({ enforcementCases: count, dishonest: z.boolean(), lawsuits: count }),
  PENALTY: z.object({ penalties: z.array(z.object({ date: day, authority: z.string(), reason: z.string() })) }),
};

export function parseGovData<K extends GovSourceKind>(kind: K, data: unknown): GovDataOf[K] | null {
  const parsed = GOV_DATA_SCHEMAS[kind].safeParse(data);
  return parsed.success ? parsed.data : null;
}
