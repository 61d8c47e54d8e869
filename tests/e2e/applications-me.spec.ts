import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { confirmation, openProduct, rowOf } from "./helpers/applications";
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

  await menu.getByRole("link", { name: "需求管理" }).click();
  await expect(page).toHaveURL(/\/me\/demands$/);
  await expect(page.getByRole("heading", { level: 1, name: "需求管理" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "发布需求" })).toHaveAttribute("href", "/demands/new");
  // 我的约谈 and 股权融资管理 are built (docs/equity.md; tests/e2e/equity.spec.ts).
  for (const [entry, path] of [["我的约谈", "/me/meetings"], ["股权融资管理", "/me/equity"]]) {
    await menu.getByRole("link", { name: entry }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: entry })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  }
  for (const [entry, path] of [["认证授权", "/me/certification"]]) {
    await menu.getByRole("link", { name: entry }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: entry })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("已完成企业认证");
    await expectNoAccessibilityViolations(page);
  }
});

test("申请记录 has the manual's columns and filters by status; 消息中心 marks messages read and the header count follows", async ({ browser }) => {
  // A fresh application of the personal user, so there is a record and an unread message.
  const page = await signedInPage(browser, DEMO.personal);
  const productId = await openProduct(page, "融e借", "工商银行");
  await page.goto(`/products/${productId}/apply`);
  await page.getByLabel("申请金额").fill("5");
  await page.getByLabel("申请期限").fill("6");
  await page.getByLabel("贷款用途").selectOption({ label: "消费" });
  await page.getByLabel("申请人身份证号").fill("620502199003071231");
  await page.getByLabel("申请人姓名").fill("张伟");
  await page.getByLabel("我已阅读并同意《用户授权协议》").check();
  await page.getByRole("button", { name: "立即申请" }).click();
  const [number] = await confirmation(page);

  await page.goto("/me/applications");
  await expect(page.getByRole("columnheader")).toHaveText([
    "申请编号", "金融机构", "机构类型", "产品名称", "申请金额", "申请期限", "申请时间", "用途", "申贷状态", "授信额度", "放款/融资额度",
  ]);
  await expect(rowOf(page, number).getByRole("cell")).toHaveText([number, "工商银行", "银行", "融e借", "5万", "6个月", /\d{4}/, "消费", "待受理", "—", "—"]);
  const filter = page.getByRole("navigation", { name: "申贷状态" });
  await filter.getByRole("link", { name: "待受理" }).click();
  await expect(page).toHaveURL(/status=SUBMITTED/);
  await expect(filter.getByRole("link", { name: "待受理" })).toHaveAttribute("aria-current", "true");
  await expect(rowOf(page, number)).toBeVisible();
  await filter.getByRole("link", { name: "已放款" }).click();
  await expect(rowOf(page, number)).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.goto("/me/messages");
  const unread = Number(await page.getByTestId("unread-count").textContent());
  expect(unread).toBeGreaterThan(0);
  const headerCount = page.getByRole("banner").getByRole("link", { name: /^消息中心/ });
  await expect(headerCount).toContainText(String(unread));
  await expectNoAccessibilityViolations(page);
  const submitted = page.getByRole("article").filter({ hasText: number });
  await submitted.getByRole("button", { name: /^标为已读/ }).click();
  await expect(submitted.getByRole("button", { name: /^标为已读/ })).toHaveCount(0);
  // Tests running alongside may send this demo user new messages meanwhile: the page's count and the
  // header's agree, and 全部标为已读 clears whatever is there.
  const after = Number(await page.getByTestId("unread-count").textContent());
  if (after > 0) {
    await expect(headerCount).toContainText(String(after));
    await page.getByRole("button", { name: "全部标为已读" }).click();
  }
  await expect(page.getByTestId("unread-count")).toHaveText("0");
  await expect(page.getByRole("button", { name: "全部标为已读" })).toHaveCount(0);
  await expect(headerCount).toHaveText("消息中心");
});

test.describe("on a phone", () => {  test("the application form and 申请记录 fit a 390px screen", async ({ browser }) => {
    const page = await signedInPage(browser, DEMO.personal, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const productId = await openProduct(page, "融e借", "工商银行");
    for (const path of ["/me/applications", "/me", "/renewal/apply", "/bridge-loan", `/products/${productId}/apply`, "/me/messages"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await expectNoAccessibilityViolations(page);
  });
});
