import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { usccCheckChar } from "../../lib/validation/uscc";
import { login, passHumanCheck, registerPersonal, requestSmsCode, uniquePhone } from "./helpers/accounts";

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`;
const PASSWORD = "Tianshui#Maiji9";

test("a person registers, lands on 登录 with the phone filled in, logs in, sees the masked phone and logs out", async ({ page }) => {
  const phone = uniquePhone();
  await registerPersonal(page, phone, PASSWORD, "李明");
  await expect(page.getByText("注册成功，请登录")).toBeVisible();
  await expect(page.getByLabel("账号", { exact: true })).toHaveValue(phone);

  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await passHumanCheck(page);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  const banner = page.getByRole("banner");
  await expect(banner).toContainText(`欢迎您, ${masked(phone)}`);
  await expect(banner.getByRole("link", { name: "企业（个人）登录/注册" })).toHaveCount(0);

  await banner.getByRole("link", { name: "个人中心" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "个人中心" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("个人用户");
  await expect(page.getByRole("main")).toContainText("李明");

  // 退出 from 首页: the action redirects to the page already shown, and the header must still follow.
  await page.goto("/");
  await expect(banner).toContainText(`欢迎您, ${masked(phone)}`);
  await banner.getByRole("button", { name: "退出" }).click();
  await expect(banner.getByRole("link", { name: "企业（个人）登录/注册" })).toBeVisible();
  // The old session is gone on the server: 个人中心 asks for a login again.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme$/);
});

test("an enterprise registers; an invalid 统一社会信用代码 is refused beside the field and nothing typed is lost", async ({ page }) => {
  const phone = uniquePhone();
  await page.goto("/register");
  await page.getByRole("radio", { name: "企业注册" }).check();
  await page.getByLabel("手机号", { exact: true }).fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("企业名称", { exact: true }).fill("天水测试机械制造有限公司");
  const uscc = page.getByLabel("统一社会信用代码", { exact: true });
  await uscc.fill("91620502MA71ABC120");
  const code = await requestSmsCode(page, phone);
  await page.getByLabel("短信验证码", { exact: true }).fill(code);
  await page.getByLabel("我已阅读并同意《平台服务协议》").check();
  await passHumanCheck(page);
  await page.getByRole("button", { name: "注册", exact: true }).click();

  await expect(uscc).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await uscc.getAttribute("aria-describedby").then((ids) => ids!.split(" ").pop())}`)).toHaveText(
    "统一社会信用代码不正确，请核对18位代码",
  );
  await expect(page.getByLabel("手机号", { exact: true })).toHaveValue(phone);
  await expect(page.getByLabel("企业名称", { exact: true })).toHaveValue("天水测试机械制造有限公司");
  await expect(uscc).toHaveValue("91620502MA71ABC120");

  const body = `91620502MA7${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  await uscc.fill(body + usccCheckChar(body));
  await passHumanCheck(page);
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?registered=1/);
  await expect(page.getByLabel("账号", { exact: true })).toHaveValue(phone);
});

test("the demo 个人用户 logs in; a wrong password gets one message and keeps the phone", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Fproducts");
  await page.getByLabel("账号", { exact: true }).fill("13800000001");
  await page.getByLabel("密码", { exact: true }).fill("Not-the-password1");
  await passHumanCheck(page);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("手机号或密码错误");
  await expect(page.getByLabel("账号", { exact: true })).toHaveValue("13800000001");
  await expect(page.getByLabel("密码", { exact: true })).toHaveValue("");

  await page.getByLabel("密码", { exact: true }).fill("Tianshui@2026");
  await passHumanCheck(page);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  // Back where the login started, a cached public page, with the signed-in header.
  await expect(page).toHaveURL(/\/products$/);
  await expect(page.getByRole("banner")).toContainText("欢迎您, 138****0001");
});

test("log in through 甘肃省统一身份认证系统 (the mock provider)", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "甘肃省统一身份认证系统" }).click();
  await expect(page).toHaveTitle(/甘肃省统一身份认证系统/);
  await expect(page.getByRole("heading", { name: "用户登录" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("用户名", { exact: true }).fill("lina");
  await page.getByLabel("密码", { exact: true }).fill("wrong-password");
  await page.getByRole("button", { name: "登录并授权" }).click();
  await expect(page.getByRole("alert")).toHaveText("用户名或密码错误");

  await page.getByLabel("密码", { exact: true }).fill("Gansu@2026");
  await page.getByRole("button", { name: "登录并授权" }).click();
  await expect(page.getByRole("banner")).toContainText("欢迎您, 139****0021");
  await page.goto("/me");
  await expect(page.getByRole("main")).toContainText("个人认证");
  await expect(page.getByRole("main")).toContainText("已认证");
});

test("修改密码 ends the other sessions; the new password works", async ({ page, browser }) => {
  const phone = uniquePhone();
  await registerPersonal(page, phone, PASSWORD);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, phone, PASSWORD);
  await expect(otherPage.getByRole("banner")).toContainText(masked(phone));

  await login(page, phone, PASSWORD);
  await page.goto("/me/account");
  await page.locator("summary", { hasText: "修改账号登录密码" }).click();
  await page.getByLabel("原密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("新密码", { exact: true }).fill("Gangu#Apple2026");
  await page.getByLabel("确认密码", { exact: true }).fill("Gangu#Apple2026");
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page.getByText(/密码修改成功，已退出其他1处登录/)).toBeVisible();

  // The other browser's session has ended: 个人中心 asks for a login, then returns there.
  await otherPage.goto("/me/account");
  await expect(otherPage).toHaveURL(/\/login\?callbackUrl=%2Fme%2Faccount$/);
  await otherPage.getByLabel("账号", { exact: true }).fill(phone);
  await otherPage.getByLabel("密码", { exact: true }).fill("Gangu#Apple2026");
  await passHumanCheck(otherPage);
  await otherPage.getByRole("button", { name: "登录", exact: true }).click();
  await expect(otherPage).toHaveURL(/\/me\/account$/);
  await expect(otherPage.getByRole("heading", { level: 1, name: "账号信息" })).toBeVisible();
  await other.close();
});

test("修改手机号 with a code sent to the new phone", async ({ page }) => {
  const phone = uniquePhone();
  const newPhone = uniquePhone();
  await registerPersonal(page, phone, PASSWORD);
  await login(page, phone, PASSWORD);
  await page.goto("/me/account");
  await expect(page.getByTestId("current-phone")).toHaveText(masked(phone));
  await page.locator("summary", { hasText: "修改手机号" }).click();
  await page.getByLabel("新手机号", { exact: true }).fill(newPhone);
  // (注销账号 on the same page has a 登录密码 of its own.)
  await page.locator("details", { has: page.locator("summary", { hasText: "修改手机号" }) }).getByLabel("登录密码", { exact: true }).fill(PASSWORD);
  const code = await requestSmsCode(page, newPhone);
  await page.getByLabel("短信验证码", { exact: true }).fill(code);
  await passHumanCheck(page);
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page.getByText("手机号修改成功")).toBeVisible();
  await expect(page.getByTestId("current-phone")).toHaveText(masked(newPhone));
  await expect(page.getByRole("banner")).toContainText(`欢迎您, ${masked(newPhone)}`);
});

test("登录 and 注册 pass the accessibility scan", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "用户登录" })).toBeVisible();
  await expect(page.getByRole("link", { name: "新用户注册" })).toHaveAttribute("href", "/register");
  await page.getByLabel("账号", { exact: true }).fill("13800000001");
  await passHumanCheck(page);
  await expectNoAccessibilityViolations(page);

  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "用户注册" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await expect(page.getByLabel("手机号", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("请阅读并同意《平台服务协议》")).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("注册 fits the screen and 个人中心 asks for a login first", async ({ page }) => {
    await page.goto("/register?type=enterprise");
    await expect(page.getByLabel("统一社会信用代码", { exact: true })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto("/me/account");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme%2Faccount$/);
  });
});
