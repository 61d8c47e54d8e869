import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./helpers/accounts";
import { useMode } from "./helpers/layout";

// The loading state of a slow client navigation, and 关怀模式's one-question-at-a-time filters.

test("a slow navigation in 个人中心 shows a skeleton until the next page is in place", async ({ page }) => {
  await login(page, "13800000001", DEMO_PASSWORD);
  await page.goto("/me/applications");
  await expect(page.getByRole("heading", { level: 1, name: "申请记录" })).toBeVisible();
  // Hold the next page's server render (the RSC request of a client navigation) for a while.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/me/consultations**", async (route) => {
    if (route.request().headers()["rsc"] === "1") await held;
    await route.continue();
  });
  await page.getByRole("navigation", { name: "个人中心菜单" }).getByRole("link", { name: "我的咨询" }).click();
  const skeleton = page.getByTestId("navigation-skeleton");
  await expect(skeleton).toBeVisible();
  await expect(skeleton.getByRole("status")).toHaveText("正在打开页面…");
  await expect(page.locator("main")).toHaveAttribute("aria-busy", "true");
  release();
  await expect(page.getByRole("heading", { level: 1, name: "我的咨询" })).toBeVisible();
  await expect(skeleton).toHaveCount(0);
  await expect(page.locator("main")).not.toHaveAttribute("aria-busy", "true");
});

test("a full page load (a filter link) shows no skeleton", async ({ page }) => {
  await page.goto("/products");
  await page.getByRole("link", { name: "银行", exact: true }).first().click();
  await expect(page).toHaveURL(/type=bank/);
  await expect(page.getByTestId("navigation-skeleton")).toHaveCount(0);
});

test.describe("关怀模式", () => {
  test.beforeEach(async ({ context, baseURL }) => useMode(context, "care", baseURL!));

  test("金融超市 asks one filter question at a time, the next unanswered one open", async ({ page }) => {
    await page.goto("/products");
    const questions = page.locator("details.filter-question");
    await expect(questions.first()).toHaveAttribute("open", "");
    await expect(page.locator("details.filter-question[open]")).toHaveCount(1);
    await expect(questions.first().locator("summary")).toContainText("机构类型");
    await expect(questions.first().locator("summary")).toContainText("全部");

    await questions.first().getByRole("link", { name: "银行", exact: true }).click();
    await expect(page).toHaveURL(/type=bank/);
    await expect(questions.first().locator("summary")).toContainText("银行");
    await expect(questions.first()).not.toHaveAttribute("open", "");
    await expect(questions.nth(1)).toHaveAttribute("open", "");
    await expect(questions.nth(1).locator("summary")).toContainText("银行");

    // Opening an answered question closes the open one (one exclusive set) and keeps every option reachable.
    await questions.first().locator("summary").click();
    await expect(page.locator("details.filter-question[open]")).toHaveCount(1);
    await expect(questions.first().getByRole("link", { name: "全部" })).toBeVisible();
  });

  test("标准模式 keeps the filter rows", async ({ context, baseURL, page }) => {
    await useMode(context, "standard", baseURL!);
    await page.goto("/products");
    await expect(page.locator("details.filter-question")).toHaveCount(0);
    await expect(page.getByRole("group", { name: "机构类型" })).toBeVisible();
  });
});
