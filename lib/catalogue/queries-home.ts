import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { ARTICLE_LIST_ORDER, PUBLIC_ARTICLE } from "@/lib/content/public-article";
import { PUBLIC_INSTITUTION, PUBLIC_PRODUCT } from "./public-product";

export interface PlatformFigures {
  institutions: number; // 入驻机构: published institutions
  products: number; // 金融产品: published products of published institutions
  matches: number; // 对接成功笔数: applications APPROVED/DISBURSED + demands MATCHED
  lentWan: string; // 累计放款金额: sum of DISBURSED amounts (万)
}

export async function getPlatformFigures(): Promise<PlatformFigures> {
  "use cache";
  cachedAs("figures", CACHE_TAGS.products, CACHE_TAGS.institutions, CACHE_TAGS.applications, CACHE_TAGS.demands);
  const [institutions, products, applications, demands] = await Promise.all([
    db.institution.count({ where: PUBLIC_INSTITUTION }),
    db.product.count({ where: PUBLIC_PRODUCT }),
    db.loanApplication.groupBy({
      by: ["status"],
      where: { status: { in: ["APPROVED", "DISBURSED"] }, institutionId: { not: null } },
      _count: { _all: true },
      _sum: { disbursedAmount: true },
    }),
    db.financingDemand.count({ where: { status: "MATCHED" } }),
  ]);
  let matches = demands;
  let lentWan = "0";
  for (const g of applications) {
    matches += g._count._all;
    if (g.status === "DISBURSED") lentWan = (g._sum.disbursedAmount ?? 0).toString();
  }
  return { institutions, products, matches, lentWan };
}

export interface ArticleTitle {
  id: string;
  kind: ArticleKind;
  title: string;
  publishedAt: string;
}

// 首页's 政策指南 / 新闻动态: the head of the public list (置顶 first, then the newest).
export async function listLatestArticles(kind: ArticleKind, take: number): Promise<ArticleTitle[]> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.articles);
  const rows = await db.article.findMany({
    where: { kind, ...PUBLIC_ARTICLE },
    orderBy: ARTICLE_LIST_ORDER,
    take,
    select: { id: true, kind: true, title: true, publishedAt: true },
  });
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
}

export interface ActivitySummary {
  id: string;
  title: string;
  summary: string;
  organizer: string;
  address: string;
  startAt: string;
  endAt: string | null;
  registrationDeadline: string;
  capacity: number;
  registeredCount: number;
}

// 进行中或即将开始: published activities that have not ended (end time, or start time when no end).
export async function listOngoingActivities(take: number): Promise<ActivitySummary[]> {
  "use cache";
  cachedAs("timely", CACHE_TAGS.activities);
  const now = new Date();
  const rows = await db.activity.findMany({
    where: { status: "PUBLISHED", cancelledAt: null, OR: [{ endAt: { gte: now } }, { endAt: null, startAt: { gte: now } }] },
    orderBy: [{ startAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      title: true,
      summary: true,
      organizer: true,
      address: true,
      startAt: true,
      endAt: true,
      registrationDeadline: true,
      capacity: true,
      registeredCount: true,
    },
  });
  return rows.map((r) => ({
    ...r,
    startAt: r.startAt.toISOString(),
    endAt: r.endAt?.toISOString() ?? null,
    registrationDeadline: r.registrationDeadline.toISOString(),
  }));
}
