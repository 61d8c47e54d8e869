import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, DemandStatus, Region, Role } from "@/lib/generated/prisma/enums";

// The raw aggregates behind 监管统计 (docs/statistics.md): each query scans the period's rows once, by
// an index on its date column, and groups them by institution × district (× status), so that every
// figure, ranking and chart is summed up in memory from a few hundred rows — whatever the table size.

export interface Scope {
  start: Date;
  end: Date;
  district?: Region;
  institutionIds?: string[]; // the institutions of the chosen 机构类型
}

// Timestamps are stored as UTC without a zone; compare against the same, not against the session's zone.
const ts = (d: Date) => Prisma.sql`${d.toISOString().slice(0, 23).replace("T", " ")}::timestamp(3)`;

// An application's district: the 所属区域 of its form, else the applicant enterprise's registered district.
const DISTRICT = Prisma.sql`COALESCE(a."region", ep."region")`;
const APPLICATIONS = Prisma.sql`"LoanApplication" a LEFT JOIN "EnterpriseProfile" ep ON ep."userId" = a."applicantId"`;

function applicationWhere(column: string, s: Scope, start = s.start): Prisma.Sql {
  const col = Prisma.raw(`a."${column}"`);
  const parts = [Prisma.sql`${col} >= ${ts(start)} AND ${col} < ${ts(s.end)}`];
  if (s.district) parts.push(Prisma.sql`${DISTRICT}::text = ${s.district}`);
  if (s.institutionIds) parts.push(s.institutionIds.length ? Prisma.sql`a."institutionId" IN (${Prisma.join(s.institutionIds)})` : Prisma.sql`false`);
  return Prisma.join(parts, " AND ");
}

export interface ApplicationCell {
  inst: string | null;
  district: Region | null;
  status: ApplicationStatus;
  n: number;
  responded: number;
  responseSeconds: number;
}

// Applications submitted in the period, by their current status.
export function applicationCube(s: Scope) {
  return db.$queryRaw<ApplicationCell[]>`
    SELECT a."institutionId" AS inst, ${DISTRICT} AS district, a."status" AS status, count(*)::int AS n,
      count(a."firstRespondedAt")::int AS responded,
      COALESCE(sum(EXTRACT(EPOCH FROM a."firstRespondedAt" - a."submittedAt")), 0)::float8 AS "responseSeconds"
    FROM ${APPLICATIONS} WHERE ${applicationWhere("submittedAt", s)}
    GROUP BY 1, 2, 3`;
}

export interface AmountCell {
  inst: string | null;
  district: Region | null;
  n: number;
  amount: string;
  seconds: number; // from 提交 to this step, summed
}

// 授信 (approvedAt) or 放款 (disbursedAt) in the period.
export function amountCube(step: "approved" | "disbursed", s: Scope) {
  const at = step === "approved" ? "approvedAt" : "disbursedAt";
  const amount = Prisma.raw(step === "approved" ? `a."approvedAmount"` : `a."disbursedAmount"`);
  const when = Prisma.raw(`a."${at}"`);
  return db.$queryRaw<AmountCell[]>`
    SELECT a."institutionId" AS inst, ${DISTRICT} AS district, count(*)::int AS n,
      COALESCE(sum(${amount}), 0)::text AS amount,
      COALESCE(sum(EXTRACT(EPOCH FROM ${when} - a."submittedAt")), 0)::float8 AS seconds
    FROM ${APPLICATIONS} WHERE ${applicationWhere(at, s)}
    GROUP BY 1, 2`;
}

export interface TrendCell {
  month: string; // YYYY-MM, Beijing
  kind: "submitted" | "disbursed";
  n: number;
  amount: string;
}

// The trend chart: applications submitted and amounts disbursed per Beijing month since trendStart.
export function monthlyTrend(s: Scope, trendStart: Date) {
  const month = (col: string) => Prisma.raw(`to_char(a."${col}" + interval '8 hours', 'YYYY-MM')`);
  return db.$queryRaw<TrendCell[]>`
    SELECT ${month("submittedAt")} AS month, 'submitted' AS kind, count(*)::int AS n, '0' AS amount
      FROM ${APPLICATIONS} WHERE ${applicationWhere("submittedAt", s, trendStart)} GROUP BY 1
    UNION ALL
    SELECT ${month("disbursedAt")} AS month, 'disbursed' AS kind, count(*)::int AS n, COALESCE(sum(a."disbursedAmount"), 0)::text AS amount
      FROM ${APPLICATIONS} WHERE ${applicationWhere("disbursedAt", s, trendStart)} GROUP BY 1`;
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
