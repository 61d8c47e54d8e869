import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { CACHE_TAGS, equityProjectTag } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/db/like";
import { pageWindow, toPage, type Page } from "@/lib/db/paginate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Region } from "@/lib/generated/prisma/enums";
import { AMOUNT_BUCKETS, SCALE_BUCKETS } from "./schema";

// The public 股权融资 pages (manual 2.6): investment institutions and published projects, read
// through the cache. Never the 项目计划书, the contact phone or the 统一社会信用代码.

export interface FundCard {
  id: string;
  name: string;
  foundedOn: string | null;
  managedScale: string | null;
  investmentFields: string[];
  description: string | null;
  updatedAt: string;
}

export interface FundDetail extends FundCard {
  address: string | null;
  website: string | null;
  cases: { id: string; title: string; summary: string; year: number }[];
}

const FUND = { type: "FUND", status: "PUBLISHED" } as const satisfies Prisma.InstitutionWhereInput;
const fundSelect = { id: true, name: true, foundedOn: true, managedScale: true, investmentFields: true, description: true, updatedAt: true } as const;
type FundRow = Prisma.InstitutionGetPayload<{ select: typeof fundSelect }>;
const toFund = (r: FundRow): FundCard => ({
  ...r,
  foundedOn: r.foundedOn?.toISOString().slice(0, 10) ?? null,
  managedScale: r.managedScale?.toString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

export interface FundFilters {
  field?: string;
  scale?: string;
  region?: Region;
  page: number;
}

export async function listFunds(f: FundFilters): Promise<Page<FundCard>> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.institutions);
  const bucket = SCALE_BUCKETS.find((b) => b.value === f.scale);
  const where: Prisma.InstitutionWhereInput = {
    ...FUND,
    ...(f.field ? { investmentFields: { has: f.field } } : {}),
    ...(f.region ? { serviceRegions: { has: f.region } } : {}),
    ...(bucket ? { managedScale: { gte: bucket.min, ...(bucket.max ? { lt: bucket.max } : {}) } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.institution.findMany({ where, orderBy: [{ sortWeight: "desc" }, { managedScale: "desc" }, { id: "asc" }], select: fundSelect, ...pageWindow(f.page) }),
    db.institution.count({ where }),
  ]);
  return toPage(rows.map(toFund), total, f.page);
}

// The 投资领域 of every fund, for the filter.
export async function listFundFields(): Promise<string[]> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.institutions);
  const rows = await db.institution.findMany({ where: FUND, select: { investmentFields: true } });
  return [...new Set(rows.flatMap((r) => r.investmentFields))].sort((a, b) => a.localeCompare(b, "zh-CN"));
}

export async function getFund(id: string): Promise<FundDetail | null> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.institutions);
  const row = await db.institution.findFirst({
    where: { id, ...FUND },
    select: { ...fundSelect, address: true, website: true, fundCases: { orderBy: [{ position: "asc" }, { year: "desc" }], select: { id: true, title: true, summary: true, year: true } } },
  });
  if (!row) return null;
  const { fundCases, address, website, ...card } = row;
  return { ...toFund(card), address, website, cases: fundCases };
}

export interface ProjectCard {
  id: string;
  name: string;
  amount: string;
  industry: string | null;
  introduction: string;
  enterpriseName: string;
  imageFileId: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface ProjectDetail extends ProjectCard {
  financingNeeds: string;
  coreStrengths: string;
  hasPlan: boolean;
}

const PUBLISHED = { status: "PUBLISHED" } as const satisfies Prisma.EquityProjectWhereInput;
const projectSelect = { id: true, name: true, amount: true, industry: true, introduction: true, enterpriseName: true, imageFileId: true, publishedAt: true, updatedAt: true } as const;
type ProjectRow = Prisma.EquityProjectGetPayload<{ select: typeof projectSelect }>;
const toProject = (r: ProjectRow): ProjectCard => ({
  ...r,
  amount: r.amount.toString(),
  publishedAt: r.publishedAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

export interface ProjectFilters {
  industry?: string;
  amount?: string;
  q?: string;
  page: number;
}

function projectWhere(f: ProjectFilters): Prisma.EquityProjectWhereInput {
  const bucket = AMOUNT_BUCKETS.find((b) => b.value === f.amount);
  return {
    ...PUBLISHED,
    ...(f.industry ? { industry: f.industry } : {}),
    ...(bucket ? { amount: { gte: bucket.min, ...(bucket.max ? { lt: bucket.max } : {}) } } : {}),
    ...(f.q ? { OR: [{ name: { contains: escapeLike(f.q) } }, { enterpriseName: { contains: escapeLike(f.q) } }] } : {}),
  };
}

async function readProjects(f: ProjectFilters): Promise<Page<ProjectCard>> {
  const where = projectWhere(f);
  const [rows, total] = await Promise.all([
    db.equityProject.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: projectSelect, ...pageWindow(f.page) }),
    db.equityProject.count({ where }),
  ]);
  return toPage(rows.map(toProject), total, f.page);
}

async function cachedProjects(f: Omit<ProjectFilters, "q">): Promise<Page<ProjectCard>> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.equityProjects);
  return readProjects(f);
}

// A text search is read directly: its long tail would only push useful entries out of the cache.
export function listPublicProjects(f: ProjectFilters): Promise<Page<ProjectCard>> {
  return f.q ? readProjects(f) : cachedProjects({ industry: f.industry, amount: f.amount, page: f.page });
}

export async function getPublicProject(id: string): Promise<ProjectDetail | null> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.equityProjects, equityProjectTag(id));
  const row = await db.equityProject.findFirst({
    where: { id, ...PUBLISHED },
    select: { ...projectSelect, financingNeeds: true, coreStrengths: true, businessPlanFileId: true },
  });
  if (!row) return null;
  const { businessPlanFileId, financingNeeds, coreStrengths, ...card } = row;
  return { ...toProject(card), financingNeeds, coreStrengths, hasPlan: businessPlanFileId !== null };
}

// For app/sitemap.ts.
export async function listPublicEquityIds(): Promise<{ funds: { id: string; updatedAt: string }[]; projects: { id: string; updatedAt: string }[] }> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.equityProjects, CACHE_TAGS.institutions);
  const [funds, projects] = await Promise.all([
    db.institution.findMany({ where: FUND, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.equityProject.findMany({ where: PUBLISHED, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  const iso = (r: { id: string; updatedAt: Date }) => ({ id: r.id, updatedAt: r.updatedAt.toISOString() });
  return { funds: funds.map(iso), projects: projects.map(iso) };
}
