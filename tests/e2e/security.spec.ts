import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { codeAt, DEMO_TOTP_SECRET } from "../../lib/auth/second-factor/totp";
import { DEMO_PASSWORD, login, passHumanCheck, passSecondFactorIfAsked, registerPersonal, requestSmsCode, uniquePhone } from "./helpers/accounts";
import { DEMO, signedInPage } from "./helpers/sessions";

const NEW_PASSWORD = "Maijishan#2027";

// Security controls a visitor can see (docs/security.md).
test("the demo server says 演示环境 on every page", async ({ page }) => {
  for (const path of ["/", "/login", "/products"]) {
    await page.goto(path);
    await expect(page.getByRole("note", { name: "演示环境" })).toContainText("演示环境");
  }
});

test("忘记密码: the phone's code sets a new password and ends the sessions signed in elsewhere", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const phone = uniquePhone();
  await registerPersonal(page, phone, DEMO_PASSWORD);
  // A phone gets one code a minute, whatever its purpose: the registration's was just sent.
  const codeAgainAt = Date.now() + 61_000;
  // Signed in on another device.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await login(otherPage, phone, DEMO_PASSWORD);

  await page.goto("/login");
  await expect(page.getByRole("link", { name: "忘记密码" })).toHaveAttribute("href", "/login/forgot");
  // (A fresh document: Next keeps the left login page hidden in the DOM, with its own 验证码.)
  await page.goto("/login/forgot");
  await expect(page.getByRole("heading", { level: 1, name: "忘记密码" })).toBeVisible();
  await page.getByLabel("手机号", { exact: true }).fill(phone);
  await page.waitForTimeout(Math.max(0, codeAgainAt - Date.now()));
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

// Fix 11: a per-request nonce for scripts where people sign in and where personal data is shown.
test("登录, 注册, 个人中心, 机构工作台 and 管理后台 send a nonce-based script policy with base-uri 'none'", async ({ browser, page }) => {
  const scriptSrc = (csp: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
  const check = async (p: typeof page, path: string) => {
    const response = await p.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const csp = response.headers()["content-security-policy"] ?? "";
    const nonce = scriptSrc(csp).match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, `${path}: ${csp}`).toBeTruthy();
    expect(scriptSrc(csp)).not.toContain("unsafe-inline");
    expect(csp).toContain("base-uri 'none'");
    // Next puts the nonce on its own scripts; none runs without it.
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts.filter((t) => !t.includes("application/ld+json"))) expect(tag, path).toContain(`nonce="${nonce}"`);
    return nonce;
  };
  const first = await check(page, "/login");
  expect(await check(page, "/login")).not.toBe(first); // a fresh nonce for every response
  await check(page, "/register");
  for (const [phone, path] of [[DEMO.personal, "/me"], [DEMO.staffIcbc, "/org"], [DEMO.admin, "/admin"]] as const) {
    const signedIn = await signedInPage(browser, phone);
    await check(signedIn, path);
    await signedIn.context().close();
  }
  // The scripts still run under the policy: the login page's human check works.
  await page.goto("/login");
  await passHumanCheck(page);
});

// Fix 3: the provincial identity is linked by the signed-in owner, never by a matching phone alone.
test("关联统一身份认证 from 账号信息 links the provincial identity to the signed-in account", async ({ page }) => {
  const phone = uniquePhone();
  await registerPersonal(page, phone, DEMO_PASSWORD);
  await login(page, phone, DEMO_PASSWORD);
  await page.goto("/me/account");
  const sso = page.getByRole("region", { name: "甘肃省统一身份认证" });
  await sso.getByRole("button", { name: "关联统一身份认证" }).click();
  await expect(page).toHaveTitle(/甘肃省统一身份认证系统/);
  await page.getByLabel("用户名", { exact: true }).fill("sunli");
  await page.getByLabel("密码", { exact: true }).fill("Gansu@2026");
  await page.getByRole("button", { name: "登录并授权" }).click();
  await expect(page).toHaveURL(/\/me\/account$/);
  await expect(page.getByRole("region", { name: "甘肃省统一身份认证" })).toContainText("已关联");
  await expect(page.getByRole("banner")).toContainText(`欢迎您, ${phone.slice(0, 3)}****${phone.slice(7)}`);
});

test("an SSO login with the phone of an existing account is sent to log in with the password first", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "甘肃省统一身份认证系统" }).click();
  await page.getByLabel("用户名", { exact: true }).fill("zhangwei");
  await page.getByLabel("密码", { exact: true }).fill("Gansu@2026");
  await page.getByRole("button", { name: "登录并授权" }).click();
  await expect(page).toHaveURL(/\/login\?error=sso-link-required/);
  await expect(page.getByText("该手机号已注册平台账号：请先使用账号密码登录")).toBeVisible();
});

test("机构人员 log in with password and then the authenticator's code; before the code nothing is signed in", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/login?callbackUrl=%2Forg");
  await page.getByLabel("账号", { exact: true }).fill("13800000013");
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await passHumanCheck(page);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/login\/verify\?next=%2Forg$/);
  await expect(page.getByRole("heading", { level: 1, name: "登录验证" })).toBeVisible();
  await expect(page.getByRole("banner")).not.toContainText("欢迎您");

  // The password alone opens nothing.
  const console = await page.context().newPage();
  await console.goto("/org");
  await expect(console).toHaveURL(/\/login\?callbackUrl=%2Forg/);
  await console.close();

  const current = codeAt(DEMO_TOTP_SECRET, new Date());
  await page.getByLabel("动态验证码", { exact: true }).fill(current === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "验证", exact: true }).click();
  await expect(page.getByText(/动态验证码错误/).first()).toBeVisible();
  await expect(page.getByLabel("动态验证码", { exact: true })).toHaveValue("");

  await passSecondFactorIfAsked(page);
  await expect(page).toHaveURL(/\/org$/);
  await expect(page.getByRole("banner")).toContainText("欢迎您");
});

test("账号信息: 下载我的数据 gives a file of the account; 注销账号 asks for the password, starts the cooling-off and can be cancelled", async ({ page }) => {
  test.setTimeout(120_000);
  const phone = uniquePhone();
  await registerPersonal(page, phone, DEMO_PASSWORD, "注销测试");
  await login(page, phone, DEMO_PASSWORD);
  await page.goto("/me/account");
  const privacy = page.getByRole("region", { name: "个人信息" });
  await expect(privacy.getByRole("link", { name: "《个人信息保护政策》" })).toHaveAttribute("href", "/privacy");

  const download = page.waitForEvent("download");
  await privacy.getByRole("button", { name: "下载我的数据" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^my-data-\d{8}\.json$/);
  const data = JSON.parse(readFileSync(await file.path(), "utf8"));
  expect(data.account.phone).toBe(phone);
  expect(data.format).toBe("tianshui-personal-data/1");

  await privacy.getByText("注销账号", { exact: true }).last().click();
  const form = page.getByRole("form", { name: "注销账号" });
  await form.getByLabel("登录密码").fill("Wrong#pass123");
  await form.getByLabel(/我已了解/).check();
  await form.getByRole("button", { name: "申请注销" }).click();
  await expect(form.getByText("登录密码不正确")).toBeVisible();
  await form.getByLabel("登录密码").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "申请注销" }).click();
  await expect(privacy.getByRole("status")).toContainText("注销申请已提交，账号将于");

  await privacy.getByRole("button", { name: "撤销注销" }).click();
  await expect(privacy.getByRole("status")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "注销账号" })).toBeAttached();
  await page.goto("/me/messages");
  await expect(page.getByRole("main")).toContainText("已撤销注销");
});
