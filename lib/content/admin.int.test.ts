import { beforeAll, describe, expect, it } from "vitest";
import { NOT_FOUND, SESSION_EXPIRED } from "@/lib/actions/builder";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { ForbiddenError } from "@/lib/domain/errors";
import { createArticleAction, pinArticleAction, publishArticleAction, unpublishArticleAction, updateArticleAction } from "@/lib/content/actions";
import { createArticle } from "@/lib/content/commands";
import { parseArticleFilters } from "@/lib/content/filters";
import { getArticleForAdmin, getArticlePreview, listArticlesForAdmin } from "@/lib/content/queries-admin";
import { getPublicArticlePage } from "@/lib/content/queries-article";
import { listArticles } from "@/lib/content/queries-list";
import { listLatestArticles } from "@/lib/catalogue/queries-home";
import { callAction } from "@/tests/helpers/actions";
import { articleForm, seededActor, uniqueWord } from "@/tests/helpers/content";

// 政策与新闻 in the admin console, through the server actions as the browser calls them.
let admin: Actor;
let others: [string, Actor | null][];
beforeAll(async () => {
  admin = await seededActor("ADMIN");
  others = [
    ["个人用户", await seededActor("PERSONAL")],
    ["企业用户", await seededActor("ENTERPRISE")],
    ["机构人员", await seededActor("STAFF")],
    ["未登录", null],
  ];
});

const idOf = (result: { ok: boolean; message: string | null; data?: unknown }) => {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return (result.data as { id: string }).id;
};
const searchNews = async (word: string) => (await listArticles("NEWS", parseArticleFilters("NEWS", { q: word }))).items.map((i) => i.id);

describe("administrators only", () => {
  it("refuses every other role and visitors, in every action, and changes nothing", async () => {
    const existing = await db.article.findFirstOrThrow({ where: { kind: "NEWS", status: "PUBLISHED", pinned: false } });
    const before = await db.article.count();
    const auditsBefore = await db.auditLog.count({ where: { targetType: "Article" } });
    for (const [label, actor] of others) {
      const expected = { ok: false, message: actor ? NOT_FOUND : SESSION_EXPIRED };
      expect(await callAction(actor, createArticleAction, [], articleForm()), label).toMatchObject(expected);
      expect(await callAction(actor, updateArticleAction, [existing.id], articleForm({ title: "被改掉的标题" })), label).toMatchObject(expected);
      expect(await callAction(actor, unpublishArticleAction, [existing.id]), label).toMatchObject(expected);
      expect(await callAction(actor, publishArticleAction, [existing.id]), label).toMatchObject(expected);
      expect(await callAction(actor, pinArticleAction, [existing.id, true]), label).toMatchObject(expected);
    }
    expect(await db.article.count()).toBe(before);
    expect(await db.article.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ title: existing.title, status: "PUBLISHED", pinned: false });
    expect(await db.auditLog.count({ where: { targetType: "Article" } })).toBe(auditsBefore);
  });

  it("refuses them in the commands and the admin reads too", async () => {
    const personal = others[0][1]!;
    await expect(createArticle(personal, { kind: "NEWS" } as never)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listArticlesForAdmin(personal, { page: 1 })).rejects.toThrow("不存在或无权查看");
    const any = await db.article.findFirstOrThrow();
    expect(await getArticleForAdmin(personal, any.id)).toBeNull();
    expect(await getArticlePreview(personal, any.id)).toBeNull();
  });
});

describe("writing, publishing and 下架", () => {
  it("creates a draft nobody sees, previews it, publishes it everywhere, and 下架 hides it again", async () => {
    const word = uniqueWord();
    const created = await callAction(admin, createArticleAction, [], articleForm({ title: `新闻发布${word}`, pinned: "on" }));
    const id = idOf(created);
    expect(created.redirectedTo).toBe(`/admin/content/${id}?done=created`);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", pinned: true, kind: "NEWS" });
    expect(await getPublicArticlePage("NEWS", id)).toBeNull();
    expect(await searchNews(word)).toEqual([]);
    expect((await getArticlePreview(admin, id))?.article.title).toBe(`新闻发布${word}`);
    expect((await listArticlesForAdmin(admin, { status: "DRAFT", q: word, page: 1 })).items.map((i) => i.id)).toEqual([id]);

    const published = await callAction(admin, publishArticleAction, [id]);
    expect(published).toMatchObject({ ok: true, redirectedTo: `/admin/content/${id}?done=published` });
    expect((await getPublicArticlePage("NEWS", id))?.article.title).toBe(`新闻发布${word}`);
    expect(await searchNews(word)).toEqual([id]);
    expect((await listLatestArticles("NEWS", 5)).map((a) => a.id)).toContain(id); // pinned: at the top of 首页
    expect(await callAction(admin, publishArticleAction, [id])).toMatchObject({ ok: false, message: "该内容已经发布" });

    expect(await callAction(admin, unpublishArticleAction, [id])).toMatchObject({ ok: true, redirectedTo: `/admin/content/${id}?done=unpublished` });
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ARCHIVED" });
    expect(await getPublicArticlePage("NEWS", id)).toBeNull();
    expect(await searchNews(word)).toEqual([]);
    expect((await listLatestArticles("NEWS", 5)).map((a) => a.id)).not.toContain(id);
    expect(await callAction(admin, unpublishArticleAction, [id])).toMatchObject({ ok: false, message: "该内容未发布，无需下架" });
    expect((await callAction(admin, publishArticleAction, [id])).ok, "an archived item can be published again").toBe(true);

    const audits = await db.auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["article.create", "article.publish", "article.unpublish", "article.publish"]);
    expect(audits.every((a) => a.actorId === admin.id && a.ip === "10.0.0.8")).toBe(true);
  });

  it("edits keep the status and the stored moment of an unchanged date, and replace the attachments", async () => {
    const id = idOf(await callAction(admin, createArticleAction, [], articleForm({ kind: "POLICY", audiences: ["ENTERPRISE"], topics: "RENEWAL", attachments: "原文 | https://a.cn/1\n附表 | https://a.cn/2" })));
    await callAction(admin, publishArticleAction, [id]);
    const before = await db.article.findUniqueOrThrow({ where: { id } });
    const saved = await callAction(admin, updateArticleAction, [id], articleForm({ kind: "POLICY", audiences: ["PERSONAL", "ENTERPRISE"], title: "修改后的政策标题", publishedOn: "2026-06-01", attachments: "新附件 | https://b.cn/x" }));
    expect(saved).toMatchObject({ ok: true, redirectedTo: `/admin/content/${id}?done=saved` });
    const after = await db.article.findUniqueOrThrow({ where: { id }, include: { attachments: true } });
    expect(after).toMatchObject({ status: "PUBLISHED", title: "修改后的政策标题", topics: [], audiences: ["PERSONAL", "ENTERPRISE"] });
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(after.attachments.map((a) => [a.title, a.url, a.position])).toEqual([["新附件", "https://b.cn/x", 0]]);
    expect((await getPublicArticlePage("POLICY", id))?.article.title).toBe("修改后的政策标题");
    await callAction(admin, updateArticleAction, [id], articleForm({ kind: "POLICY", audiences: "PERSONAL", publishedOn: "2025-05-05" }));
    expect((await db.article.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(new Date("2025-05-04T16:00:00Z"));
  });

  it("pins and unpins: a pinned policy leads the public list", async () => {
    const id = idOf(await callAction(admin, createArticleAction, [], articleForm({ kind: "POLICY", audiences: "ENTERPRISE", publishedOn: "2020-01-01" })));
    await callAction(admin, publishArticleAction, [id]);
    expect((await listArticles("POLICY", { page: 1 })).items.map((i) => i.id)).not.toContain(id);
    expect(await callAction(admin, pinArticleAction, [id, true])).toMatchObject({ ok: true, redirectedTo: `/admin/content/${id}?done=pinned` });
    const pinned = (await listArticles("POLICY", { page: 1 })).items.filter((i) => i.pinned).map((i) => i.id);
    expect(pinned).toContain(id);
    await callAction(admin, pinArticleAction, [id, false]);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).pinned).toBe(false);
    expect(await callAction(admin, pinArticleAction, ["no-such-article", true])).toMatchObject({ ok: false, message: "内容不存在或无权查看" });
  });

  it("refuses an invalid form with messages beside the fields and gives everything typed back", async () => {
    const longBody = "长".repeat(20_000);
    const before = await db.article.count();
    const result = await callAction(admin, createArticleAction, [], articleForm({ kind: "POLICY", title: "", body: longBody, attachments: "原文 | javascript:alert(1)" }));
    expect(result).toMatchObject({ ok: false, message: "请修改标红的填写项" });
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      title: "请输入标题",
      audiences: "请选择适用对象（企业、个人，可多选）",
      attachments: "第1行：网址须以 http:// 或 https:// 开头",
    });
    expect(result.values.body).toBe(longBody);
    expect(result.values.attachments).toBe("原文 | javascript:alert(1)");
    expect(await db.article.count()).toBe(before);
  });
});
