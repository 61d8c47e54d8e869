import { describe, expect, it } from "vitest";
import { plainText, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs, lists, emphasis and tables", () => {
    const html = renderMarkdown("第一段\n\n- 一\n- 二\n\n**重点**\n\n| 项 | 值 |\n|---|---|\n| 额度 | 300万 |");
    expect(html).toContain("<p>第一段</p>");
    expect(html).toContain("<li>一</li>");
    expect(html).toContain("<strong>重点</strong>");
    expect(html).toContain("<td>300万</td>");
  });

  it("drops scripts, inline handlers, styles and javascript: links", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<p onclick="alert(3)" style="color:red">文字</p>\n\n[点我](javascript:alert(4))\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|style=|javascript:|<iframe|<img/i);
    expect(html).toContain("文字");
  });

  it("opens outside links safely and keeps the page's single h1", () => {
    const html = renderMarkdown("# 标题\n\n[政策原文](https://www.gov.cn/x) [站内](/news/policies)");
    expect(html).toContain("<h2>标题</h2>");
    expect(html).toContain('href="https://www.gov.cn/x" target="_blank" rel="noopener noreferrer"');
    expect(html).toContain('href="/news/policies" rel="noopener"');
  });
});

describe("plainText", () => {
  it("strips markup and shortens", () => {
    expect(plainText("**加粗** 与 [链接](https://a.cn)", 100)).toBe("加粗 与 链接");
    expect(plainText("一二三四五六", 4)).toBe("一二三…");
  });
});
