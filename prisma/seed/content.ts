// Step: 资讯动态 — 政策指南 (POLICY) and 新闻动态 (NEWS).
import { NEWS } from "./content-news";
import { POLICIES, type ArticleSpec } from "./content-policies";
import { cst, type Db, report, seedId } from "./util";

export async function seedContent(db: Db): Promise<void> {
  const rows = (kind: "POLICY" | "NEWS", list: ArticleSpec[]) =>
    list.map((a, i) => ({
      id: seedId(`article:${kind}:${i}`),
      kind,
      title: a.title,
      summary: a.summary,
      body: a.body.join("\n\n"),
      source: a.source,
      topics: a.topics ?? [],
      audiences: a.audiences ?? [],
      pinned: a.pinned ?? false,
      status: "PUBLISHED" as const,
      publishedAt: cst(a.date, 10),
      createdAt: cst(a.date, 9),
      updatedAt: cst(a.date, 10),
    }));
  const all = [...rows("POLICY", POLICIES), ...rows("NEWS", NEWS)];
  const { count } = await db.article.createMany({ data: all, skipDuplicates: true });
  report("articles", all.length, count, "articles", `${POLICIES.length} 政策指南, ${NEWS.length} 新闻动态`);
  const attachments = POLICIES.flatMap((a, i) =>
    (a.attachments ?? []).map((file, position) => ({
      id: seedId(`article:POLICY:${i}:attachment:${position}`),
      articleId: seedId(`article:POLICY:${i}`),
      ...file,
      position,
    })),
  );
  const added = await db.articleAttachment.createMany({ data: attachments, skipDuplicates: true });
  report("article attachments", attachments.length, added.count, "attachments", "附件 links of two policies");
}
