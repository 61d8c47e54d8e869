import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleJsonLd } from "@/components/content/article-json-ld";
import { ArticleView } from "@/components/content/article-view";
import { createArticleAction, publishArticleAction } from "@/lib/content/actions";
import { getPublicArticlePage } from "@/lib/content/queries-article";
import { callAction } from "@/tests/helpers/actions";
import { articleForm, seededActor } from "@/tests/helpers/content";

// What an administrator types is stored as typed, but no script, event handler or javascript: link
// reaches the page: the body goes through renderMarkdown (allow-list), every other field is text.
const PAYLOADS = [
  "<script>alert('body')</script>",
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(2)">点我</a>',
  "[链接](javascript:alert(3))",
  '<p onclick="alert(4)" style="color:red">段落文字</p>',
  '<iframe src="https://evil.example/"></iframe>',
  "<svg onload=alert(5)></svg>",
].join("\n\n");

describe("sanitising an item's page", () => {
  it("keeps every payload out of the rendered HTML, JSON-LD included", async () => {
    const admin = await seededActor("ADMIN");
    const created = await callAction(
      admin,
      createArticleAction,
      [],
      articleForm({
        title: "标题<script>alert('title')</script>",
        source: '来源<img src=x onerror="alert(6)">',
        summary: "摘要</script><script>alert('summary')</script>",
        body: `正文开头\n\n${PAYLOADS}\n\n[政策原文](https://www.gov.cn/zhengce/)`,
        attachments: "附件 | https://www.gov.cn/a.pdf",
      }),
    );
    if (!created.ok) throw new Error(created.message);
    const id = (created.data as { id: string }).id;
    await callAction(admin, publishArticleAction, [id]);
    const data = await getPublicArticlePage("NEWS", id);
    expect(data).not.toBeNull();

    const html = renderToStaticMarkup(createElement("div", null, createElement(ArticleJsonLd, { article: data!.article }), createElement(ArticleView, { data: data! })));
    // The JSON-LD block is the page's only script element, and nothing inside it can close it.
    expect(html.match(/<script/gi)).toHaveLength(1);
    const start = html.indexOf('<script type="application/ld+json">') + '<script type="application/ld+json">'.length;
    const jsonLd = html.slice(start, html.indexOf("</script>"));
    expect(jsonLd).not.toContain("<");
    expect(JSON.parse(jsonLd).headline).toBe("标题<script>alert('title')</script>");
    // No element carries a handler, a style or a javascript: address; no embedding element survives.
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
    expect(html).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
    expect(html).not.toMatch(/<(img|iframe|svg|object|embed|style)\b/i);
    // What was typed is shown as text, and the legitimate parts survive.
    expect(html).toContain("标题&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;");
    expect(html).toContain("段落文字");
    expect(html).toContain('<a href="https://www.gov.cn/zhengce/" target="_blank" rel="noopener noreferrer">政策原文</a>');
    expect(html).toContain('href="https://www.gov.cn/a.pdf"');
  });

  it("refuses a javascript: attachment in the form", async () => {
    const admin = await seededActor("ADMIN");
    const result = await callAction(admin, createArticleAction, [], articleForm({ attachments: "附件 | javascript:alert(1)" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { attachments: "第1行：网址须以 http:// 或 https:// 开头" } });
  });
});
