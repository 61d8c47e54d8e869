import { expect, type Page } from "@playwright/test";
import { codeAt, DEMO_TOTP_SECRET, TOTP_PERIOD_S } from "../../../lib/auth/second-factor/totp";

// Helpers for the account flows, as a person would do them in the browser. The human check is
// solved by the real ALTCHA widget; SMS codes are read from the non-production /dev/sms page.
export const DEMO_PASSWORD = "Tianshui@2026";

// A phone no seed uses (the 177 block), random so that parallel workers never collide.
export function uniquePhone(): string {
  return `177${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}

// The 验证码 widget solves its proof of work once the form is in use; wait until it says so.
// Focusing the form starts it; a person may also tick the box, as done here when it has not started.
export async function passHumanCheck(page: Page) {
  const box = page.getByLabel("验证码", { exact: true });
  await expect(box).toBeVisible();
  const widget = page.locator(".altcha[data-state]");
  if ((await widget.getAttribute("data-state")) === "unverified") await box.check({ force: true }).catch(() => {});
  await expect(box).toBeChecked({ timeout: 30_000 });
}

export async function latestSmsCode(page: Page, phone: string): Promise<string> {
  const sms = await page.context().newPage();
  try {
    await sms.goto("/dev/sms");
    const message = sms.locator(`li[data-phone="${phone}"]`).first();
    await expect(message).toBeVisible();
    const text = (await message.textContent()) ?? "";
    const code = text.match(/验证码为(\d{6})/)?.[1];
    if (!code) throw new Error(`no code for ${phone} in: ${text}`);
    return code;
  } finally {
    await sms.close();
  }
}

export async function requestSmsCode(page: Page, phone: string): Promise<string> {
  await passHumanCheck(page);
  await page.getByRole("button", { name: "发送验证码" }).click();
  await expect(page.getByRole("button", { name: /秒后重新获取/ })).toBeVisible();
  return latestSmsCode(page, phone);
}

export async function login(page: Page, phone: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("账号", { exact: true }).fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await passHumanCheck(page);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await passSecondFactorIfAsked(page);
  await expect(page.getByRole("banner")).toContainText("欢迎您");
}

// Staff and 金融办 give a TOTP code after the password (/login/verify): the seeded accounts with the documented
// demo authenticator, a new account by enrolling with the secret the page shows. Parallel workers logging in
// as one account may meet one code twice (each code is accepted once): then the next code.
export async function passSecondFactorIfAsked(page: Page): Promise<string | null> {
  await page.waitForURL((url) => url.pathname === "/login/verify" || !url.pathname.startsWith("/login"));
  if (new URL(page.url()).pathname !== "/login/verify") return null;
  const enrolling = await page.getByRole("heading", { name: "绑定身份验证器" }).isVisible();
  const secret = enrolling ? ((await page.getByTestId("totp-secret").textContent()) ?? "").trim() : DEMO_TOTP_SECRET;
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByLabel("动态验证码", { exact: true }).fill(codeAt(secret, new Date()));
    await page.getByRole("button", { name: enrolling ? "完成绑定并登录" : "验证", exact: true }).click();
    await page.waitForURL((url) => url.pathname !== "/login/verify", { timeout: 5_000 }).catch(() => {});
    if (new URL(page.url()).pathname !== "/login/verify") return secret;
    const wait = TOTP_PERIOD_S * 1000 - (Date.now() % (TOTP_PERIOD_S * 1000)) + 500;
    await page.waitForTimeout(wait);
  }
  throw new Error("second factor refused three times");
}

export async function registerPersonal(page: Page, phone: string, password: string, name = "测试用户") {
  await page.goto("/register");
  await page.getByLabel("手机号", { exact: true }).fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByLabel("用户姓名", { exact: true }).fill(name);
  const code = await requestSmsCode(page, phone);
  await page.getByLabel("短信验证码", { exact: true }).fill(code);
  await page.getByLabel("我已阅读并同意《平台服务协议》").check();
  await passHumanCheck(page);
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?registered=1/);
}
