import "server-only";
import { db } from "@/lib/db";
import { isAdmin, isStaff, type Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { statisticsCharts, statisticsFigures, type Figures, type InstitutionRow } from "./figures";
import type { StatisticsFilter } from "./period";
import { RANKING_KEYS, rankOf, type RankingKey } from "./ranking";

// Who may see which figures: the 金融办 sees everything; institution staff see their own institution's
// figures and its rank among the institutions of the same type, never the others' names or numbers.

const keyOf = (f: StatisticsFilter) => ({ fromDay: f.fromDay, toDay: f.toDay, district: f.district, institutionType: f.institutionType });

export async function supervisionStatistics(actor: Actor, filter: StatisticsFilter): Promise<Figures> {
  if (!isAdmin(actor)) throw new NotFoundError("页面");
  return statisticsFigures(keyOf(filter));
}

export async function supervisionCharts(actor: Actor, filter: StatisticsFilter) {
  if (!isAdmin(actor)) throw new NotFoundError("页面");
  return statisticsCharts(keyOf(filter));
}

export interface OwnStatistics {
  own: InstitutionRow;
  peers: number; // institutions of the same type, this one included
  ranks: { key: RankingKey; label: string; rank: number | null }[];
}

export async function ownInstitutionStatistics(actor: Actor, filter: StatisticsFilter): Promise<OwnStatistics> {
  if (!isStaff(actor)) throw new NotFoundError("页面");
  const institution = await db.institution.findUnique({ where: { id: actor.institutionId }, select: { id: true, name: true, type: true } });
  if (!institution) throw new NotFoundError("机构");
  const figures = await statisticsFigures({ ...keyOf(filter), institutionType: institution.type });
  const own = figures.institutions.find((r) => r.id === institution.id) ?? {
    id: institution.id, name: institution.name, type: institution.type, products: 0, applications: 0, matches: 0, lent: "0",
    avgResponseHours: null, success: { success: 0, decided: 0, rate: null },
  };
  const peers = figures.institutions.some((r) => r.id === own.id) ? figures.institutions : [...figures.institutions, own];
  return {
    own,
    peers: peers.length,
    ranks: RANKING_KEYS.map((k) => ({ key: k.value, label: k.label, rank: rankOf(peers, own.id, k.value) })),
  };
}
