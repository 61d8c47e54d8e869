import { expect, test, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { DEMO_PASSWORD, login, passSecondFactorIfAsked } from "./accounts";

// Signed-in browsers for the demo accounts. Each account logs in once per worker through the real
// /login form; later tests reuse its cookies (the per-phone login limit stays far away).
type State = Awaited<ReturnType<BrowserContext["storageState"]>>;
const states = new Map<string, Promise<State>>();

function contextOptions() {
  const use = test.info().project.use;
  return { baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, viewport: use.viewport };
}

export async function signedInPage(browser: Browser, phone: string, extra: BrowserContextOptions = {}): Promise<Page> {
  let state = states.get(phone);
  if (!state) {
    state = (async () => {
      // (Playwright Test applies the test's `use` options to new contexts: logging in needs JavaScript.)
      const context = await browser.newContext({ ...contextOptions(), javaScriptEnabled: true });
      const page = await context.newPage();
      await login(page, phone, DEMO_PASSWORD);
      const saved = await context.storageState();
      await context.close();
      return saved;
    })();
    states.set(phone, state);
  }
  const context = await browser.newContext({ ...contextOptions(), ...extra, storageState: await state });
  return context.newPage();
}

// Fills the account form on /login (reached through a protected link) and waits to leave it.
export async function loginHere(page: Page, phone: string) {
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("账号", { exact: true }).fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  const box = page.getByLabel("验证码", { exact: true });
  if (!(await box.isChecked())) await box.check({ force: true }).catch(() => {});
  await expect(box).toBeChecked({ timeout: 30_000 });
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await passSecondFactorIfAsked(page);
  await expect(page).not.toHaveURL(/\/login/);
}

export const DEMO = {
  personal: "13800000001",
  enterprise: "13800000002",
  enterpriseUnverified: "13800000003",
  staffIcbc: "13800000011",
  staffQinzhou: "13800000012",
  admin: "13800000099",
} as const;
