import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { openProduct } from "./helpers/applications";
import { DEMO, signedInPage } from "./helpers/sessions";

test("the 用户授权协议 has its own page with the manual's 数据授权协议书", async ({ page }) => {
  await page.goto("/agreements/user-authorization");
  await expect(page.getByRole("heading", { level: 1, name: "《用户授权协议》" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("数据授权协议书");
  await expect(page.getByRole("main")).toContainText("平台保留对本协议及所有规则的最终解释权");
  await expectNoAccessibilityViolations(page);
});

test("a visitor opening an application form or 申请记录 is sent to log in with a callback", async ({ page }) => {
  await page.goto("/renewal/apply");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Frenewal%2Fapply$/);
  await page.goto("/me/applications");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme%2Fapplications$/);
});

test("the institution console: dashboard, lists with filters, consultations", async ({ browser }) => {
  const staff = await signedInPage(browser, DEMO.staffIcbc);
  await staff.goto("/org");
  await expect(staff.getByRole("heading", { level: 1, name: "机构工作台" })).toBeVisible();
  await expect(staff.getByRole("main")).toContainText("工商银行");
  await expectNoAccessibilityViolations(staff);
  await staff.getByRole("navigation", { name: "机构工作台菜单" }).getByRole("link", { name: "申请管理" }).click();
  await staff.getByRole("navigation", { name: "申请类别" }).getByRole("link", { name: "续贷申请" }).click();
  await expect(staff).toHaveURL(/kind=RENEWAL/);
  await staff.getByRole("navigation", { name: "申贷状态" }).getByRole("link", { name: "待受理" }).click();
  await expect(staff).toHaveURL(/kind=RENEWAL&status=SUBMITTED/);
  await expectNoAccessibilityViolations(staff);
  await staff.goto("/org/consultations");
  await expect(staff.getByRole("heading", { level: 1, name: "咨询回复" })).toBeVisible();
  await expectNoAccessibilityViolations(staff);
});

test.describe("without JavaScript", () => {
  test("the personal form still validates on the server, keeps the input, and submits", async ({ browser }) => {
    const page = await signedInPage(browser, DEMO.personal, { javaScriptEnabled: false });
    const productId = await openProduct(page, "融e借", "工商银行");
    await page.goto(`/products/${productId}/apply`);
    await page.getByLabel("申请金额").fill("99");
    await page.getByLabel("申请期限").fill("12");
    await page.getByLabel("贷款用途").selectOption({ label: "消费" });
    await page.getByLabel("申请人身份证号").fill("620502199003071231");
    await page.getByLabel("申请人姓名").fill("张伟");
    await page.getByLabel("我已阅读并同意《用户授权协议》").check();
    await page.getByRole("button", { name: "立即申请" }).click();
    await expect(page.locator("#amount-error")).toHaveText("申请金额不能超过30万");
    await expect(page.getByLabel("申请人姓名")).toHaveValue("张伟");
    await page.getByLabel("申请金额").fill("9");
    await page.getByLabel("我已阅读并同意《用户授权协议》").check();
    await page.getByRole("button", { name: "立即申请" }).click();
    await expect(page).toHaveURL(/\/me\/applications\/[^/]+\/submitted$/);
    await expect(page.getByTestId("application-number")).toHaveText(/^SQ\d{14}$/);
  });
});
