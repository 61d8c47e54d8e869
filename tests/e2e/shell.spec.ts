import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";

const NAV = ["首页", "金融超市", "金融机构", "首贷中心", "续贷中心", "股权融资", "转贷业务", "金融活动", "资讯动态"];

test("the shell shows the platform name, the manual's navigation in order and the contact data", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/天水市智慧金融服务平台/);
  expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  await expect(page.getByRole("banner")).toContainText("天水市智慧金融服务平台");
  await expect(page.getByRole("banner")).toContainText("TIANSHUI SMART FINANCIAL SERVICE PLATFORM");
  const nav = page.getByRole("navigation", { name: "主导航", exact: true });
  await expect(nav.getByRole("link")).toHaveText(NAV);
  await expect(page.getByRole("link", { name: "企业（个人）登录/注册" })).toHaveAttribute("href", "/login");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("0938-8222788");
  await expect(footer).toContainText("tsjrbyhk@163.com");
  await expectNoAccessibilityViolations(page);
});

test("联系我们 lists phone, e-mail and fax", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "联系我们" }).click();
  await expect(page).toHaveURL(/\/contact$/);
  await expect(page.getByRole("heading", { level: 1, name: "联系我们" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText("电话", { exact: true })).toBeVisible();
  await expect(main.getByRole("link", { name: "0938-8222788" })).toHaveAttribute("href", "tel:0938-8222788");
  await expect(main.getByRole("link", { name: "tsjrbyhk@163.com" })).toBeVisible();
  await expect(main.getByText("传真", { exact: true })).toBeVisible();
  await expect(page).toHaveTitle("联系我们 - 天水市智慧金融服务平台");
  await expectNoAccessibilityViolations(page);
});

test("an unknown address answers 404 with a Chinese page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await page.getByRole("link", { name: "返回首页" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the navigation folds into a menu that opens", async ({ page }) => {
    await page.goto("/contact");
    await expect(page.getByRole("navigation", { name: "主导航", exact: true })).toBeHidden();
    await page.getByText("菜单").click();
    const menu = page.getByRole("navigation", { name: "主导航（移动端）" });
    await expect(menu.getByRole("link")).toHaveText(NAV);
    await menu.getByRole("link", { name: "首页" }).click();
    await expect(page).toHaveURL(/\/$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAccessibilityViolations(page);
  });
});
