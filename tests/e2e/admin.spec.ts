import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./helpers/accounts";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { expectNotFoundPage } from "./helpers/not-found";
import { DEMO, signedInPage } from "./helpers/sessions";

test("the 金融办 administrator lands in 管理后台 after 登录 and finds its sections", async ({ page }) => {
  await login(page, DEMO.admin, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "管理后台" })).toBeVisible();
  const menu = page.getByRole("navigation", { name: "管理后台菜单" });
  await expect(menu.getByRole("link", { name: "概览" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "政策与新闻" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "金融活动" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "管理后台" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("管理后台 is not found for applicants and institution staff, and asks visitors to log in", async ({ browser, page }) => {
  for (const phone of [DEMO.personal, DEMO.staffIcbc]) {
    const other = await signedInPage(browser, phone);
    await expectNotFoundPage(other, await other.goto("/admin"), ["管理后台菜单"]);
    await expect(other.getByRole("navigation", { name: "管理后台菜单" })).toHaveCount(0);
    await other.context().close();
  }
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
});
