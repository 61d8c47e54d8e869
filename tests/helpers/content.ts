import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

// Test data for 资讯动态: articles written straight to the database (for the public reads) and the
// seed's accounts by role (for the admin actions). Every fixture carries a unique word to search by.
export const uniqueWord = () => `测${randomBytes(4).toString("hex")}`;

export async function makeArticle(data: Partial<Prisma.ArticleUncheckedCreateInput> & { publishedOn?: string } = {}) {
  const { publishedOn, ...rest } = data;
  return db.article.create({
    data: {
      kind: "POLICY",
      title: `测试政策${uniqueWord()}`,
      summary: "测试摘要，说明政策要点。",
      body: "测试正文。",
      source: "测试发文机关",
      status: "PUBLISHED",
      ...(publishedOn ? { publishedAt: new Date(`${publishedOn}T10:00:00+08:00`) } : {}),
      ...rest,
    },
  });
}

export async function seededActor(role: Role): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where: { role, ...(role === "STAFF" ? { institutionId: { not: null } } : {}) }, orderBy: { phone: "asc" } });
  return actorOf(user);
}

// A complete form of the admin console, as FormData would send it.
export function articleForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "NEWS",
    title: `测试新闻${uniqueWord()}`,
    source: "天水日报",
    publishedOn: "2026-06-01",
    summary: "这是一条测试新闻的摘要内容。",
    body: "## 要点\n\n测试新闻的正文内容。",
    attachments: "",
    ...overrides,
  };
}
