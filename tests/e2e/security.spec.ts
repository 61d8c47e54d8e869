import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login, passHumanCheck, registerPersonal, requestSmsCode, uniquePhone } from "./helpers/accounts";

const NEW_PASSWORD = "Maijishan#2027";

// Security controls a visitor can see (docs/security.md).
test("the demo server says 演示环境 on every page", async ({ page }) => {
  for (const path of ["/", "/login", "/products"]) {
    await page.goto(path);
    await expect(page.getByRole("note", { name: "演示环境" })).toContainText("演示环境");
  }
});

test("忘记密码: the phone's code sets a new password and ends the sessions signed in elsewhere", async ({ browser, page }) => {
  const phone = uniquePhone();
  await registerPersonal(page, phone, DEMO_PASSWORD);
  // Signed in on another device.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await login(otherPage, phone, DEMO_PASSWORD);

  await page.goto("/login");
  await page.getByRole("link", { name: "忘记密码" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "忘记密码" })).toBeVisible();
  await page.getByLabel("手机号", { exact: true }).fill(phone);
  const code = await requestSmsCode(page, phone);
  await page.getByLabel("短信验证码", { exact: true }).fill(code);
  await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("确认密码", { exact: true }).fill(NEW_PASSWORD);
  await passHumanCheck(page);
  await page.getByRole("button", { name: "重置密码" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1/);
  await expect(page.getByText("密码已重置，请使用新密码登录")).toBeVisible();

  await otherPage.goto("/me/account");
  await expect(otherPage).toHaveURL(/\/login\?callbackUrl=/);
  await other.close();
  await login(page, phone, NEW_PASSWORD);
});

test("登录设备 shows the socket address whatever X-Forwarded-For says, and 下线 ends the other device", async ({ browser, page }) => {
  const phone = uniquePhone();
  await registerPersonal(page, phone, DEMO_PASSWORD);
  await login(page, phone, DEMO_PASSWORD);
  const forged = await browser.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6", "X-Real-IP": "6.6.6.7" } });
  const forgedPage = await forged.newPage();
  await login(forgedPage, phone, DEMO_PASSWORD);

  await page.goto("/me/account");
  const devices = page.getByRole("region", { name: "登录设备" });
  await expect(devices.locator("li[data-session]")).toHaveCount(2);
  await expect(devices).not.toContainText("6.6.6.");
  await expect(devices).toContainText("IP 127.0.0.1");
  const otherDevice = devices.locator("li[data-session]").filter({ hasNot: page.getByText("当前设备") });
  await otherDevice.getByRole("button", { name: "下线" }).click();
  await expect(devices.locator("li[data-session]")).toHaveCount(1);

  await forgedPage.goto("/me/account");
  await expect(forgedPage).toHaveURL(/\/login\?callbackUrl=/);
  await forged.close();
});
