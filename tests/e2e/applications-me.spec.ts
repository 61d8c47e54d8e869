import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { DEMO, signedInPage } from "./helpers/sessions";

const MENU = ["账号信息", "认证授权", "申请记录", "我的咨询", "我的活动", "我的约谈", "需求管理", "股权融资管理", "消息中心"];

test("个人中心 has the manual's menu, an overview, and says plainly which entries come later", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise);
  await page.goto("/me");
  const menu = page.getByRole("navigation", { name: "个人中心菜单" });
  await expect(menu).toContainText("用户信息");
  for (const entry of MENU) await expect(menu.getByRole("link", { name: new RegExp(`^${entry}`) })).toBeVisible();
  await expect(page.getByRole("region", { name: "申请概况" })).toContainText("待受理");
  await expectNoAccessibilityViolations(page);

  for (const [entry, path] of [["我的活动", "/me/activities"], ["我的约谈", "/me/meetings"], ["需求管理", "/me/demands"], ["股权融资管理", "/me/equity"], ["认证授权", "/me/certification"]]) {
    await menu.getByRole("link", { name: entry }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: entry })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("即将开放");
    await expectNoAccessibilityViolations(page);
  }
});

test("申请记录 filters by status and pages; 消息中心 marks messages read and the header count follows", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise);
  await page.goto("/me/applications");
  await expect(page.getByRole("columnheader")).toHaveText([
    "申请编号", "金融机构", "机构类型", "产品名称", "申请金额", "申请期限", "申请时间", "用途", "申贷状态", "授信额度", "放款/融资额度",
  ]);
  await page.getByRole("navigation", { name: "申贷状态" }).getByRole("link", { name: "已放款" }).click();
  await expect(page).toHaveURL(/status=DISBURSED/);
  for (const status of await page.getByRole("table").locator("tbody tr td:nth-child(9)").allTextContents()) expect(status).toBe("已放款");
  await expectNoAccessibilityViolations(page);

  await page.goto("/me/messages");
  await expectNoAccessibilityViolations(page);
  const unread = Number(await page.getByTestId("unread-count").textContent());
  if (unread > 0) {
    await page.getByRole("button", { name: /^标为已读/ }).first().click();
    await expect(page.getByTestId("unread-count")).toHaveText(String(unread - 1));
    await page.getByRole("button", { name: "全部标为已读" }).click();
    await expect(page.getByTestId("unread-count")).toHaveText("0");
  }
  await expect(page.getByRole("banner").getByRole("link", { name: "消息中心" })).toBeVisible();
});

test.describe("on a phone", () => {  test("the application form and 申请记录 fit a 390px screen", async ({ browser }) => {
    const page = await signedInPage(browser, DEMO.personal, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const path of ["/me/applications", "/me", "/renewal/apply", "/bridge-loan"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await expectNoAccessibilityViolations(page);
  });
});
