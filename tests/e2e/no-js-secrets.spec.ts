import { expect, test, type Page } from "@playwright/test";
import { uniquePhone } from "./helpers/accounts";
import { openProduct } from "./helpers/applications";
import { DEMO, signedInPage } from "./helpers/sessions";

// Tapped before the page's script runs (a slow phone), or with JavaScript off, a form that carries a
// password, a code or an ID number posts it: none of it may appear in any URL the browser requests.
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(decodeURIComponent(request.url())));
  return urls;
}

test.use({ javaScriptEnabled: false });

test("登录 and 注册 without JavaScript post their secrets and answer on the page", async ({ page }) => {
  const urls = recordUrls(page);
  const password = "Secret#Tianshui9";
  await page.goto("/login");
  await page.getByLabel("账号", { exact: true }).fill("13800000001");
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  // The human check needs JavaScript: the server says so, beside the form, and keeps the phone.
  await expect(page.getByRole("main").getByText("请完成人机验证")).toBeVisible();
  await expect(page.getByLabel("账号", { exact: true })).toHaveValue("13800000001");
  await expect(page.getByLabel("密码", { exact: true })).toHaveValue("");

  const phone = uniquePhone();
  await page.goto("/register");
  await page.getByLabel("手机号", { exact: true }).fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByLabel("用户姓名", { exact: true }).fill("李明");
  await page.getByLabel("短信验证码", { exact: true }).fill("135790");
  await page.getByLabel("我已阅读并同意《平台服务协议》").check();
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toBeVisible();
  await expect(page.getByLabel("手机号", { exact: true })).toHaveValue(phone);
  await expect(page.getByLabel("用户姓名", { exact: true })).toHaveValue("李明");

  expect(urls.length).toBeGreaterThan(3);
  for (const url of urls) {
    expect(url).not.toContain(password);
    expect(url).not.toContain("135790");
    expect(url).not.toMatch(/password=|smsCode=|captcha=/);
  }
});

test("an application without JavaScript posts the ID number", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.personal, { javaScriptEnabled: false });
  const urls = recordUrls(page);
  const productId = await openProduct(page, "融e借", "工商银行");
  await page.goto(`/products/${productId}/apply`);
  await page.getByLabel("申请人身份证号").fill("620502199003071231");
  await page.getByRole("button", { name: "立即申请" }).click();
  await expect(page.locator("#amount-error")).not.toBeEmpty();
  await expect(page.getByLabel("申请人身份证号")).toHaveValue("620502199003071231");
  for (const url of urls) expect(url).not.toContain("620502199003071231");
});
