import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, DemandStatus, Region, Role } from "@/lib/generated/prisma/enums";

// The raw aggregates behind 监管统计 (docs/statistics.md). Whole Beijing months come from the monthly rollup
// "ApplicationMonthStat" (kept by database triggers); the days of a custom period outside whole months come
// from "LoanApplication" by an index on the date column. Both answer cells of institution × district (× status),
// which lib/statistics/figures.ts sums up — a few hundred rows whatever the table size.

export interface Scope {
  start: Date;
  end: Date;
  district?: Region;
  institutionIds?: string[]; // the institutions of the chosen 机构类型
}

// A period cut into whole months (the rollup) and the days before and after them (the table).
export interface Parts {
  months: { from: string; to: string } | null; // YYYY-MM-01, [from, to)
  edges: { start: Date; end: Date }[];
}

// Timestamps are stored as UTC without a zone; compare against the same, not against the session's zone.
const ts = (d: Date) => Prisma.sql`${d.toISOString().slice(0, 23).replace("T", " ")}::timestamp(3)`;

// An application's district (a trigger sets it): the 所属区域 of its form, else the applicant enterprise's district.
const DISTRICT = Prisma.sql`a."district"`;
const APPLICATIONS = Prisma.sql`"LoanApplication" a`;

function applicationWhere(column: string, s: Scope, range: { start: Date; end: Date }): Prisma.Sql {
  const col = Prisma.raw(`a."${column}"`);
  const parts = [Prisma.sql`${col} >= ${ts(range.start)} AND ${col} < ${ts(range.end)}`];
  if (s.district) parts.push(Prisma.sql`${DISTRICT}::text = ${s.district}`);
  if (s.institutionIds) parts.push(s.institutionIds.length ? Prisma.sql`a."institutionId" IN (${Prisma.join(s.institutionIds)})` : Prisma.sql`false`);
  return Prisma.join(parts, " AND ");
}

function rollupWhere(kind: string, s: Scope, months: { from: string; to: string }): Prisma.Sql {
  const parts = [Prisma.sql`r."kind" = ${kind} AND r."month" >= ${months.from}::date AND r."month" < ${months.to}::date`];
  if (s.district) parts.push(Prisma.sql`r."district" = ${s.district}`);
  if (s.institutionIds) parts.push(s.institutionIds.length ? Prisma.sql`r."institutionId" IN (${Prisma.join(s.institutionIds)})` : Prisma.sql`false`);
  return Prisma.join(parts, " AND ");
}

const ROLLUP = Prisma.sql`"ApplicationMonthStat" r`;
const each = async <T>(parts: Parts, fromRollup: (m: { from: string; to: string }) => Promise<T[]>, fromTable: (e: { start: Date; end: Date }) => Promise<T[]>) =>
  (await Promise.all([...(parts.months ? [fromRollup(parts.months)] : []), ...parts.edges.map(fromTable)])).flat();

export interface ApplicationCell {
  inst: string | null;
  district: Region | null;
  status: ApplicationStatus;
  n: number;
  responded: number;
  responseSeconds: number;
}

// Applications submitted in the period, by their current status.
export function applicationCube(s: Scope, parts: Parts) {
  return each<ApplicationCell>(
    parts,
    (m) => db.$queryRaw<ApplicationCell[]>`
      SELECT NULLIF(r."institutionId", '') AS inst, NULLIF(r."district", '') AS district, r."status" AS status, sum(r."n")::int AS n,
        sum(r."responded")::int AS responded, COALESCE(sum(r."responseSeconds"), 0)::float8 AS "responseSeconds"
      FROM ${ROLLUP} WHERE ${rollupWhere("submitted", s, m)} GROUP BY 1, 2, 3`,
    (e) => db.$queryRaw<ApplicationCell[]>`
      SELECT a."institutionId" AS inst, ${DISTRICT} AS district, a."status" AS status, count(*)::int AS n,
        count(a."firstRespondedAt")::int AS responded,
        COALESCE(sum(EXTRACT(EPOCH FROM a."firstRespondedAt" - a."submittedAt")), 0)::float8 AS "responseSeconds"
      FROM ${APPLICATIONS} WHERE ${applicationWhere("submittedAt", s, e)} GROUP BY 1, 2, 3`,
  );
}

export interface AmountCell {
  inst: string | null;
  district: Region | null;
  n: number;
  amount: string;
  seconds: number; // from 提交 to this step, summed
}

// 授信 (approvedAt) or 放款 (disbursedAt) in the period.
export function amountCube(step: "approved" | "disbursed", s: Scope, parts: Parts) {
  const at = step === "approved" ? "approvedAt" : "disbursedAt";
  const amount = Prisma.raw(step === "approved" ? `a."approvedAmount"` : `a."disbursedAmount"`);
  const when = Prisma.raw(`a."${at}"`);
  return each<AmountCell>(
    parts,
    (m) => db.$queryRaw<AmountCell[]>`
      SELECT NULLIF(r."institutionId", '') AS inst, NULLIF(r."district", '') AS district, sum(r."n")::int AS n,
        COALESCE(sum(r."amount"), 0)::text AS amount, COALESCE(sum(r."seconds"), 0)::float8 AS seconds
      FROM ${ROLLUP} WHERE ${rollupWhere(step, s, m)} GROUP BY 1, 2`,
    (e) => db.$queryRaw<AmountCell[]>`
      SELECT a."institutionId" AS inst, ${DISTRICT} AS district, count(*)::int AS n,
        COALESCE(sum(${amount}), 0)::text AS amount,
        COALESCE(sum(EXTRACT(EPOCH FROM ${when} - a."submittedAt")), 0)::float8 AS seconds
      FROM ${APPLICATIONS} WHERE ${applicationWhere(at, s, e)} GROUP BY 1, 2`,
  );
}

export interface TrendCell {
  month: string; // YYYY-MM, Beijing
  kind: "submitted" | "disbursed";
  n: number;
  amount: string;
}

// The trend chart: applications submitted and amounts disbursed per Beijing month.
export function monthlyTrend(s: Scope, parts: Parts) {
  const month = (col: string) => Prisma.raw(`to_char(a."${col}" + interval '8 hours', 'YYYY-MM')`);
  return each<TrendCell>(
    parts,
    (m) => db.$queryRaw<TrendCell[]>`
      SELECT to_char(r."month", 'YYYY-MM') AS month, r."kind" AS kind, sum(r."n")::int AS n, COALESCE(sum(r."amount"), 0)::text AS amount
      FROM ${ROLLUP} WHERE (${rollupWhere("submitted", s, m)}) OR (${rollupWhere("disbursed", s, m)}) GROUP BY 1, 2`,
    (e) => db.$queryRaw<TrendCell[]>`
      SELECT ${month("submittedAt")} AS month, 'submitted' AS kind, count(*)::int AS n, '0' AS amount
        FROM ${APPLICATIONS} WHERE ${applicationWhere("submittedAt", s, e)} GROUP BY 1
      UNION ALL
      SELECT ${month("disbursedAt")} AS month, 'disbursed' AS kind, count(*)::int AS n, COALESCE(sum(a."disbursedAmount"), 0)::text AS amount
        FROM ${APPLICATIONS} WHERE ${applicationWhere("disbursedAt", s, e)} GROUP BY 1`,
  );
}

export interface DemandCell {
  district: Region;
  inst: string | null;
  status: DemandStatus;
  n: number;
  overdue: number;
}

// 融资需求 published in the period, by district, the institution that took them up and their status.
export function demandCube(s: Scope) {
  return db.$queryRaw<DemandCell[]>`
    SELECT d."region" AS district, d."takenByInstitutionId" AS inst, d."status" AS status, count(*)::int AS n,
      count(d."overdueAt")::int AS overdue
    FROM "FinancingDemand" d
    WHERE d."createdAt" >= ${ts(s.start)} AND d."createdAt" < ${ts(s.end)}
      ${s.district ? Prisma.sql`AND d."region"::text = ${s.district}` : Prisma.empty}
    GROUP BY 1, 2, 3`;
}

// 金融活动 held in the period and registrations made in it (places booked, not cancelled).
export async function activityFigures(s: Scope) {
  const [[held], [booked]] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Activity"
      WHERE "publishedAt" IS NOT NULL AND "startAt" >= ${ts(s.start)} AND "startAt" < ${ts(s.end)}`,
    db.$queryRaw<{ n: number; attendees: number }[]>`
      SELECT count(*)::int AS n, COALESCE(sum("attendees"), 0)::int AS attendees FROM "ActivityRegistration"
      WHERE "status" = 'REGISTERED' AND "createdAt" >= ${ts(s.start)} AND "createdAt" < ${ts(s.end)}`,
  ]);
  return { activities: held.n, registrations: booked.n, attendees: booked.attendees };
}

// Applicant accounts registered in the period (a district narrows to enterprises registered there).
export function newUsers(s: Scope) {
  return db.$queryRaw<{ role: Role; n: number }[]>`
    SELECT u."role" AS role, count(*)::int AS n FROM "User" u LEFT JOIN "EnterpriseProfile" ep ON ep."userId" = u.id
    WHERE u."role" IN ('PERSONAL', 'ENTERPRISE') AND u."createdAt" >= ${ts(s.start)} AND u."createdAt" < ${ts(s.end)}
      ${s.district ? Prisma.sql`AND ep."region"::text = ${s.district}` : Prisma.empty}
    GROUP BY 1`;
}
