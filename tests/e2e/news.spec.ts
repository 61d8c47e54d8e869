import { expect, test, type Page } from "@playwright/test";
import { samplePng } from "../helpers/file-samples";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { expectNotFoundPage } from "./helpers/not-found";
import { DEMO, signedInPage } from "./helpers/sessions";

// 资讯动态 (政策指南, 新闻动态) for visitors, and 政策与新闻 in the admin console.
const RENEWAL_POLICY = "关于做好小微企业无还本续贷工作的通知";
const robotsOf = (page: Page) => page.locator('meta[name="robots"]').getAttribute("content");
const noHorizontalOverflow = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

test("a visitor reaches 政策指南 from the navigation, finds a policy by keyword and opens it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航", exact: true }).getByRole("link", { name: "资讯动态" }).click();
  await expect(page).toHaveURL(/\/news\/policies$/);
  await expect(page.getByRole("heading", { level: 1, name: "政策指南" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "资讯动态栏目" }).getByRole("link", { name: "政策指南" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("article").first()).toContainText("置顶");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("search", { name: "搜索政策" }).getByLabel("关键词").fill("无还本续贷");
  await page.getByRole("search", { name: "搜索政策" }).getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/q=/);
  expect(await robotsOf(page)).toBe("noindex, follow");
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: RENEWAL_POLICY }) });
  await expect(card).toContainText("2025-04-08");
  await expect(card).toContainText("发文机关：国家金融监督管理总局天水监管分局");
  await expect(card).toContainText("适用对象：企业");
  await card.getByRole("link", { name: RENEWAL_POLICY }).click();

  await expect(page).toHaveURL(/\/news\/policies\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: RENEWAL_POLICY })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("发文机关：国家金融监督管理总局天水监管分局");
  await expect(main).toContainText("发布日期：2025-04-08");
  await expect(main).toContainText("无还本续贷对象由小微企业阶段性扩大至");
  await expect(main.getByRole("link", { name: "续贷政策" })).toHaveAttribute("href", "/news/policies?topic=renewal");
  await expect(page.getByRole("navigation", { name: "上一篇和下一篇" })).toContainText("上一篇：");
  await expect(page.getByRole("heading", { level: 2, name: "相关政策" })).toBeVisible();
  await expect(page).toHaveTitle(`${RENEWAL_POLICY} - 政策指南 - 天水市智慧金融服务平台`);
  const path = new URL(page.url()).pathname;
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`${path}$`));
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "Article", headline: RENEWAL_POLICY, publisher: { name: "国家金融监督管理总局天水监管分局" } });
  await expectNoAccessibilityViolations(page);
});

test("policy filters are links that combine, and an impossible combination says so", async ({ page }) => {
  await page.goto("/news/policies");
  await page.getByRole("group", { name: "主题" }).getByRole("link", { name: "首贷", exact: true }).click();
  await expect(page).toHaveURL(/\/news\/policies\?topic=first-loan$/);
  await expect(page).toHaveTitle(/^首贷政策 - 政策指南/);
  expect(await robotsOf(page)).toBe("index, follow");
  await expect(page.getByRole("group", { name: "主题" }).getByRole("link", { name: "首贷", exact: true })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText("共 4 条政策")).toBeVisible();

  await page.getByRole("group", { name: "年份" }).getByRole("link", { name: "2026年" }).click();
  await expect(page).toHaveURL(/year=2026&topic=first-loan/);
  expect(await robotsOf(page)).toBe("noindex, follow");
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toContainText("天水市金融支持科技创新专项行动方案（2026—2027年）");

  await page.getByRole("group", { name: "适用对象" }).getByRole("link", { name: "个人", exact: true }).click();
  await expect(page.getByText("没有找到符合条件的政策")).toBeVisible();
  await page.getByRole("link", { name: "查看全部政策" }).click();
  await expect(page).toHaveURL(/\/news\/policies$/);

  await page.getByRole("group", { name: "发文机关" }).getByRole("link", { name: "天水市财政局", exact: true }).click();
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) await expect(card).toContainText("发文机关：天水市财政局");

  await page.goto("/news/policies?topic=renewal&audience=nobody&year=1999&page=abc");
  await expect(page.getByRole("group", { name: "适用对象" }).getByRole("link", { name: "全部" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText("共 3 条政策")).toBeVisible();
});

test("a policy lists its attachments; the centres show their topic's policies", async ({ page }) => {
  await page.goto("/news/policies?q=%E5%88%9B%E4%B8%9A%E6%8B%85%E4%BF%9D%E8%B4%B7%E6%AC%BE%E5%AE%9E%E6%96%BD%E5%8A%9E%E6%B3%95");
  await page.getByRole("link", { name: "天水市创业担保贷款实施办法（2025年修订）" }).click();
  const attachments = page.getByRole("region", { name: "附件" });
  await expect(attachments.getByRole("link")).toHaveCount(2);
  await expect(attachments.getByRole("link").first()).toHaveAttribute("href", "https://www.gov.cn/zhengce/");

  await page.goto("/first-loan");
  const firstLoan = page.getByRole("region", { name: "首贷政策" });
  await expect(firstLoan.getByRole("listitem")).toHaveCount(4);
  await firstLoan.getByRole("link", { name: /查看全部首贷政策/ }).click();
  await expect(page).toHaveURL(/\/news\/policies\?topic=first-loan$/);
  await page.goto("/renewal");
  await expect(page.getByRole("region", { name: "续贷政策" }).getByRole("link", { name: RENEWAL_POLICY })).toBeVisible();
});

test("新闻动态 is searchable; unknown items and policies under the news address answer not-found", async ({ page, request }) => {
  await page.goto("/news");
  await expect(page).toHaveURL(/\/news\/policies$/);
  await page.getByRole("navigation", { name: "资讯动态栏目" }).getByRole("link", { name: "新闻动态" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新闻动态" })).toBeVisible();
  await page.getByRole("search", { name: "搜索新闻" }).getByLabel("关键词").fill("100%_");
  await page.getByRole("search", { name: "搜索新闻" }).getByRole("button", { name: "搜索" }).click();
  await expect(page.getByText("没有找到符合条件的新闻")).toBeVisible();

  await expectNotFoundPage(page, await page.goto("/news/articles/no-such-item"));
  await page.goto(`/news/policies?q=${encodeURIComponent(RENEWAL_POLICY)}`);
  const policyPath = await page.getByRole("link", { name: RENEWAL_POLICY }).getAttribute("href");
  await expectNotFoundPage(page, await page.goto(policyPath!.replace("/news/policies/", "/news/articles/")), [RENEWAL_POLICY]);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/news/policies</loc>");
  expect(sitemap).toContain(`${policyPath}</loc>`);
});

test("the admin writes a news item, previews and publishes it (新闻动态, 首页), then 下架 hides it", async ({ browser }) => {
  const title = `天水市金融办召开测试发布会${Date.now().toString(36)}`;
  const admin = await signedInPage(browser, DEMO.admin);
  await admin.goto("/admin/content");
  await expect(admin.getByRole("heading", { level: 1, name: "政策与新闻" })).toBeVisible();
  await expectNoAccessibilityViolations(admin);
  await admin.getByRole("link", { name: "新建新闻动态" }).click();
  const form = admin.getByRole("form", { name: "内容" });
  await expect(form.getByRole("radiogroup", { name: "类别" }).getByLabel("新闻动态")).toBeChecked();
  await expect(form.getByRole("group", { name: "适用对象" })).toBeHidden();
  await form.getByRole("button", { name: "保存草稿" }).click();
  await expect(form.getByText("请输入标题")).toBeVisible();
  await expect(form.getByText("请输入正文")).toBeVisible();
  await expectNoAccessibilityViolations(admin);

  await form.getByLabel("标题", { exact: true }).fill(title);
  await form.getByLabel("发布机构/来源").fill("天水市人民政府金融工作办公室");
  await form.getByLabel("摘要").fill("金融办召开发布会，介绍全市普惠金融工作进展。");
  await form.getByLabel("正文").fill("## 会议情况\n\n会议介绍了**普惠金融**工作进展。\n\n- 首贷\n- 续贷");
  await form.getByLabel("附件").fill("会议材料 | ftp://bad.example/x");
  await form.getByRole("button", { name: "保存草稿" }).click();
  await expect(form.getByText("第1行：网址须以 http:// 或 https:// 开头")).toBeVisible();
  await form.getByLabel("附件").fill("会议材料 | https://www.tianshui.gov.cn/");
  await form.getByLabel("封面图片", { exact: true }).setInputFiles({ name: "发布会.png", mimeType: "image/png", buffer: samplePng(48, 27) });
  await expect(form.getByText("发布会.png", { exact: true })).toBeVisible();
  await expect(form.getByText(/已上传/)).toBeVisible();
  await form.getByLabel("图片说明").fill("发布会现场照片");
  await form.getByRole("button", { name: "保存草稿" }).click();
  await expect(admin).toHaveURL(/\/admin\/content\/[^/?]+\?done=created$/);
  await expect(admin.getByRole("status").filter({ hasText: "已保存为草稿" })).toBeVisible();
  const id = new URL(admin.url()).pathname.split("/").pop()!;

  await admin.getByRole("link", { name: "预览" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(admin.getByRole("main")).toContainText("公众看不到这条内容");
  await expect(admin.getByRole("heading", { level: 2, name: "会议情况" })).toBeVisible();
  await expectNoAccessibilityViolations(admin);

  const visitor = await browser.newPage();
  await expectNotFoundPage(visitor, await visitor.goto(`/news/articles/${id}`), [title]);

  await admin.goto(`/admin/content/${id}`);
  await expectNoAccessibilityViolations(admin);
  await admin.getByRole("button", { name: "发布" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已发布" })).toBeVisible();

  await visitor.goto("/news/articles");
  await expect(visitor.getByRole("article").first().getByRole("link", { name: title })).toBeVisible();
  await expect(visitor.getByRole("article").first().getByRole("img", { name: "发布会现场照片" })).toBeVisible();
  await visitor.goto(`/news/articles/${id}`);
  const cover = visitor.getByRole("img", { name: "发布会现场照片" });
  await expect(cover).toBeVisible();
  expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(48);
  await visitor.goto("/");
  await visitor.getByRole("region", { name: "新闻动态" }).getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole("main")).toContainText("发布机构/来源：天水市人民政府金融工作办公室");
  const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: title });

  await admin.getByText("下架", { exact: true }).click();
  await expect(admin.getByText("确定要下架吗？")).toBeVisible();
  await admin.getByRole("button", { name: "确认下架" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已下架" })).toBeVisible();
  await visitor.goto("/news/articles");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await visitor.goto("/");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await expectNotFoundPage(visitor, await visitor.goto(`/news/articles/${id}`), [title]);
});

test("other accounts cannot open the admin console", async ({ browser }) => {
  const personal = await signedInPage(browser, DEMO.personal);
  await expectNotFoundPage(personal, await personal.goto("/admin/content"));
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the policy list folds its filters and neither the list nor an item overflows sideways", async ({ page }) => {
    await page.goto("/news/policies");
    await expect(page.getByRole("group", { name: "主题" })).toBeHidden();
    await page.locator("summary", { hasText: "查找政策" }).click();
    await page.getByRole("group", { name: "主题" }).getByRole("link", { name: "续贷", exact: true }).click();
    await expect(page.getByText("已选 1 项")).toBeVisible();
    await noHorizontalOverflow(page);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("article").first().getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noHorizontalOverflow(page);
    await expectNoAccessibilityViolations(page);
    await page.goto("/news/articles");
    await page.getByRole("article").first().getByRole("link").first().click();
    await expect(page.getByRole("navigation", { name: "上一篇和下一篇" })).toBeVisible();
    await noHorizontalOverflow(page);
  });
});
