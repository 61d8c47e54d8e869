import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("金融超市 filters, searches, sorts and pages with plain links and a GET form", async ({ page }) => {
    await page.goto("/products");
    await page.getByRole("group", { name: "贷款利率" }).getByRole("link", { name: "0~5%" }).click();
    await expect(page).toHaveURL(/rate=0-5/);
    await expect(page.getByRole("group", { name: "贷款利率" }).getByRole("link", { name: "0~5%" })).toHaveAttribute("aria-current", "true");
    await page.getByRole("link", { name: "额度高" }).click();
    await expect(page).toHaveURL(/rate=0-5&sort=amount/);
    const search = page.getByRole("search", { name: "搜索金融产品" }).first();
    await search.getByLabel("机构名称").fill("工商");
    await search.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/org=%E5%B7%A5%E5%95%86/);
    await expect(page).toHaveURL(/rate=0-5/);
    await expect(page).toHaveURL(/sort=amount/);
    const cards = page.getByRole("article");
    await expect(cards.first()).toBeVisible();
    for (const text of await cards.allTextContents()) expect(text).toContain("工商银行");
  });

  test("pagination and the product page work", async ({ page }) => {
    await page.goto("/products");
    const pager = page.getByRole("navigation", { name: "产品列表分页" });
    await pager.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("navigation", { name: "产品列表分页" }).locator('[aria-current="page"]')).toContainText("2");
    await page.getByRole("article").first().getByRole("link", { name: /查看详情/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("最低利率");
  });

  test("金融机构 sorts and opens an institution's products", async ({ page }) => {
    await page.goto("/institutions");
    await page.getByRole("link", { name: "对接成功笔数排序" }).click();
    await expect(page).toHaveURL(/sort=matches/);
    await page.getByRole("article").first().getByRole("link").click();
    await expect(page).toHaveURL(/institution=/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("金融产品");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the filters fold into a panel that opens, and nothing overflows", async ({ page }) => {
    await page.goto("/products");
    const summary = page.locator("summary", { hasText: "筛选金融产品" });
    await expect(summary).toBeVisible();
    await expect(page.getByRole("group", { name: "方式" })).toBeHidden();
    await summary.click();
    const methods = page.getByRole("group", { name: "方式" });
    await expect(methods).toBeVisible();
    await methods.getByRole("link", { name: "信用", exact: true }).click();
    await expect(page).toHaveURL(/method=credit/);
    await expect(page.locator("summary", { hasText: "已选 1 项" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAccessibilityViolations(page);
  });

  for (const path of ["/", "/institutions", "/first-loan"]) {
    test(`${path} fits the screen and passes the accessibility scan`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAccessibilityViolations(page);
    });
  }
});
