import { beforeAll, describe, expect, it } from "vitest";
import { listLatestArticles } from "@/lib/catalogue/queries-home";
import { db } from "@/lib/db";
import { parseArticleFilters, policyFilterGroups, yearRange } from "@/lib/content/filters";
import { getPublicArticlePage, RELATED_COUNT } from "@/lib/content/queries-article";
import { ARTICLE_PAGE_SIZE, getPolicyFacets, listArticles, listPublishedArticleIds } from "@/lib/content/queries-list";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { makeArticle, uniqueWord } from "@/tests/helpers/content";

// The public reads of 政策指南 / 新闻动态 on this file's copy of the seeded database (12 + 12 items),
// with fixtures of its own. Expected results are computed again here from plain rows.

const published = (kind: ArticleKind) =>
  db.article.findMany({ where: { kind, status: "PUBLISHED" }, select: { id: true, pinned: true, publishedAt: true, source: true, topics: true, audiences: true } });

async function allPages(kind: ArticleKind, params: Record<string, string> = {}) {
  const facets = kind === "POLICY" ? await getPolicyFacets() : undefined;
  const first = await listArticles(kind, parseArticleFilters(kind, params, facets));
  const items = [...first.items];
  for (let page = 2; page <= first.totalPages; page++) {
    items.push(...(await listArticles(kind, parseArticleFilters(kind, { ...params, page: String(page) }, facets))).items);
  }
  return { total: first.total, items };
}

describe("政策指南 and 新闻动态 lists", () => {
  it("show published items only: drafts and archived items are nowhere public", async () => {
    const word = uniqueWord();
    const live = await makeArticle({ title: `公开${word}` });
    const draft = await makeArticle({ title: `草稿${word}`, status: "DRAFT" });
    const archived = await makeArticle({ title: `下架${word}`, status: "ARCHIVED" });
    const found = await listArticles("POLICY", parseArticleFilters("POLICY", { q: word }));
    expect(found.items.map((i) => i.id)).toEqual([live.id]);
    expect(await getPublicArticlePage("POLICY", draft.id)).toBeNull();
    expect(await getPublicArticlePage("POLICY", archived.id)).toBeNull();
    expect(await getPublicArticlePage("POLICY", "no-such-article")).toBeNull();
    expect(await getPublicArticlePage("NEWS", live.id), "a policy is not a news item").toBeNull();
    expect((await getPublicArticlePage("POLICY", live.id))?.article.title).toBe(`公开${word}`);
    const sitemap = (await listPublishedArticleIds()).map((e) => e.id);
    expect(sitemap).toContain(live.id);
    expect(sitemap).not.toContain(draft.id);
    expect(sitemap).not.toContain(archived.id);
  });

  it.each(["POLICY", "NEWS"] as const)("%s: pinned first, then newest, every published item exactly once across pages", async (kind) => {
    const rows = await published(kind);
    const { total, items } = await allPages(kind);
    expect(total).toBe(rows.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(rows.length);
    const key = (i: { pinned: boolean; publishedAt: string | Date }) => [i.pinned ? 1 : 0, new Date(i.publishedAt).getTime()];
    for (let n = 1; n < items.length; n++) {
      const [pa, ta] = key(items[n - 1]);
      const [pb, tb] = key(items[n]);
      expect(pa > pb || (pa === pb && ta >= tb), `${items[n - 1].title} before ${items[n].title}`).toBe(true);
    }
    if (kind === "POLICY") expect(items[0]).toMatchObject({ pinned: true, title: "天水市进一步加大金融支持民营和小微企业发展若干措施" });
  });

  it("shows the last page for a page past the end, and an empty list for no match", async () => {
    const last = await listArticles("NEWS", { page: 999 });
    expect(last.page).toBe(last.totalPages);
    expect(last.items.length).toBeGreaterThan(0);
    const none = await listArticles("NEWS", { q: uniqueWord(), page: 3 });
    expect(none).toMatchObject({ total: 0, items: [], page: 1, totalPages: 1 });
  });

  it("searches title, summary and body, case-insensitively, with % and _ taken literally", async () => {
    const word = uniqueWord();
    const literal = await makeArticle({ kind: "NEWS", title: `利率下调100%_优惠 ${word}` });
    await makeArticle({ kind: "NEWS", title: `利率下调100ab优惠 ${word}` });
    const inBody = await makeArticle({ kind: "NEWS", body: `正文里才有 LPR-${word} 这个词` });
    const inSummary = await makeArticle({ kind: "NEWS", summary: `摘要里有 Summary${word}` });
    const search = async (q: string) => (await listArticles("NEWS", parseArticleFilters("NEWS", { q }))).items.map((i) => i.id);
    expect(await search(`100%_优惠 ${word}`)).toEqual([literal.id]);
    expect(await search("%_优惠")).toEqual([literal.id]);
    expect(await search(`lpr-${word}`)).toEqual([inBody.id]);
    expect(await search(`summary${word}`)).toEqual([inSummary.id]);
  });

  it("filters policies by 发文机关, 适用对象, 年份 and 主题 (and their combination)", async () => {
    const rows = await published("POLICY");
    const facets = await getPolicyFacets();
    expect([...facets.sources].sort()).toEqual([...new Set(rows.map((r) => r.source!))].sort());
    expect(facets.years).toEqual([...new Set(rows.map((r) => formatDate(r.publishedAt).slice(0, 4)))].sort().reverse());
    const rules: Record<string, (r: (typeof rows)[number], value: string) => boolean> = {
      source: (r, v) => r.source === v,
      audience: (r, v) => r.audiences.includes(v.toUpperCase() as never),
      year: (r, v) => r.publishedAt >= yearRange(v).gte && r.publishedAt < yearRange(v).lt,
      topic: (r, v) => r.topics.includes(v.toUpperCase().replace(/-/g, "_") as never),
    };
    for (const group of policyFilterGroups(facets)) {
      for (const option of group.options) {
        const expected = rows.filter((r) => rules[group.key](r, option.value)).map((r) => r.id).sort();
        const { items } = await allPages("POLICY", { [group.key]: option.value });
        expect(items.map((i) => i.id).sort(), `${group.label}=${option.label}`).toEqual(expected);
        expect(expected.length, `${group.label}=${option.label} is an option because some policy has it`).toBeGreaterThan(0);
      }
    }
    const combined = await allPages("POLICY", { topic: "renewal", audience: "enterprise", year: "2025" });
    const expected = rows.filter((r) => rules.topic(r, "renewal") && rules.audience(r, "enterprise") && rules.year(r, "2025"));
    expect(combined.items.map((i) => i.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(combined.total).toBeGreaterThan(0);
  });

  it("pages ten at a time", async () => {
    const page1 = await listArticles("POLICY", { page: 1 });
    expect(page1.items).toHaveLength(ARTICLE_PAGE_SIZE);
    expect(page1.totalPages).toBe(Math.ceil(page1.total / ARTICLE_PAGE_SIZE));
  });
});

describe("an item's page", () => {
  let dates: Awaited<ReturnType<typeof makeArticle>>[];
  beforeAll(async () => {
    // Older than anything of the seed: the oldest three news items of this database.
    dates = [];
    for (const day of ["2001-03-01", "2001-03-02", "2001-03-03"]) dates.push(await makeArticle({ kind: "NEWS", publishedOn: day, title: `旧闻${day}` }));
  });

  it("renders the body, links 上一篇 (newer) and 下一篇 (older) in date order, and ends at the oldest", async () => {
    const [oldest, middle, newest] = dates;
    const page = await getPublicArticlePage("NEWS", middle.id);
    expect(page?.newer?.id).toBe(newest.id);
    expect(page?.older?.id).toBe(oldest.id);
    expect((await getPublicArticlePage("NEWS", oldest.id))?.older).toBeNull();
    const seedOldest = await db.article.findFirstOrThrow({ where: { kind: "NEWS", status: "PUBLISHED", publishedAt: { gt: newest.publishedAt } }, orderBy: { publishedAt: "asc" } });
    expect((await getPublicArticlePage("NEWS", newest.id))?.newer?.id).toBe(seedOldest.id);
    expect(page?.article.bodyHtml.trim()).toBe("<p>测试正文。</p>");
  });

  it("skips drafts as neighbours", async () => {
    const draft = await makeArticle({ kind: "NEWS", publishedOn: "2001-03-02", status: "DRAFT" });
    const page = await getPublicArticlePage("NEWS", dates[0].id);
    expect(page?.newer?.id).not.toBe(draft.id);
    expect(page?.related.map((r) => r.id)).not.toContain(draft.id);
  });

  it("relates policies of the same topics first, then the latest ones", async () => {
    const policy = await makeArticle({ topics: ["EQUITY"], publishedOn: "2026-11-30" });
    const page = await getPublicArticlePage("POLICY", policy.id);
    const related = page!.related;
    expect(related).toHaveLength(RELATED_COUNT);
    expect(related.map((r) => r.id)).not.toContain(policy.id);
    const equity = await db.article.findMany({ where: { kind: "POLICY", status: "PUBLISHED", topics: { has: "EQUITY" }, id: { not: policy.id } }, orderBy: { publishedAt: "desc" } });
    expect(equity.length).toBeGreaterThan(0);
    expect(related.slice(0, equity.length).map((r) => r.id)).toEqual(equity.slice(0, RELATED_COUNT).map((r) => r.id));
    const latest = await db.article.findMany({
      where: { kind: "POLICY", status: "PUBLISHED", id: { notIn: [policy.id, ...equity.map((e) => e.id)] } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: RELATED_COUNT - equity.length,
    });
    expect(related.slice(equity.length).map((r) => r.id)).toEqual(latest.map((r) => r.id));
  });

  it("lists attachments in their order and never a link that is not http(s)", async () => {
    const policy = await makeArticle({
      attachments: { create: [
        { title: "申请表", url: "https://example.cn/form.doc", position: 1 },
        { title: "原文", url: "https://example.cn/a.pdf", position: 0 },
        { title: "坏链接", url: "javascript:alert(1)", position: 2 },
      ] },
    });
    const page = await getPublicArticlePage("POLICY", policy.id);
    expect(page?.article.attachments).toEqual([
      { title: "原文", url: "https://example.cn/a.pdf" },
      { title: "申请表", url: "https://example.cn/form.doc" },
    ]);
  });
});

describe("首页", () => {
  it("lists the latest published items of each kind, pinned first", async () => {
    const policies = await listLatestArticles("POLICY", 5);
    expect(policies).toHaveLength(5);
    expect(policies[0].title).toBe("天水市进一步加大金融支持民营和小微企业发展若干措施");
    const news = await listLatestArticles("NEWS", 5);
    const expected = await db.article.findMany({ where: { kind: "NEWS", status: "PUBLISHED" }, orderBy: [{ pinned: "desc" }, { publishedAt: "desc" }, { id: "desc" }], take: 5 });
    expect(news.map((n) => n.id)).toEqual(expected.map((n) => n.id));
  });
});
