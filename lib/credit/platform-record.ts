import { db } from "@/lib/db";
import { KIND_LABELS } from "@/lib/applications/records";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";
import type { PlatformRecord } from "./types";

const RECENT = 10;
export const OTHER_INSTITUTION = "其他金融机构";

// The applicant's own record on this platform, as the requesting institution may see it: its
// applications and their outcomes, with other institutions' names hidden (no current application for
// a 融资需求).
export async function platformRecordOf(applicantId: string, institutionId: string, currentApplicationId: string | null): Promise<PlatformRecord> {
  const [groups, recent, disbursed, currentDisbursed] = await Promise.all([
    db.loanApplication.groupBy({ by: ["status"], where: { applicantId }, _count: { _all: true } }),
    db.loanApplication.findMany({
      where: { applicantId },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: RECENT,
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        submittedAt: true,
        institutionId: true,
        institution: { select: { name: true } },
        product: { select: { name: true } },
      },
    }),
    // All disbursed (an index-only count on (applicantId, status)), less the current one if it is: a filter on
    // the id would read every disbursed row of an applicant with thousands of them.
    db.loanApplication.count({ where: { applicantId, status: "DISBURSED" } }),
    currentApplicationId ? db.loanApplication.count({ where: { id: currentApplicationId, status: "DISBURSED" } }) : Promise.resolve(0),
  ]);
  return {
    disbursedElsewhere: disbursed - currentDisbursed,
    total: groups.reduce((sum, g) => sum + g._count._all, 0),
    byOutcome: groups
      .map((g) => ({ label: APPLICATION_STATUS_LABELS[g.status], count: g._count._all }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    recent: recent.map((a) => {
      const own = a.institutionId === institutionId;
      return {
        number: own ? a.number : "—",
        institution: own ? (a.institution?.name ?? "—") : OTHER_INSTITUTION,
        product: own ? (a.product?.name ?? "—") : "—",
        kind: KIND_LABELS[a.kind],
        status: APPLICATION_STATUS_LABELS[a.status],
        submittedAt: a.submittedAt.toISOString(),
        current: a.id === currentApplicationId,
      };
    }),
  };
}
