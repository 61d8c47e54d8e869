import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, login, registerPersonal, uniquePhone } from "./helpers/accounts";
import { openProduct } from "./helpers/applications";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { doubleRootFontSize, expectNoHorizontalScroll, lineHeightRatio, smallestBodyText, smallestTarget, useMode, type Mode } from "./helpers/layout";
import { DEMO, signedInPage } from "./helpers/sessions";

const modeOf = (page: Page) => page.locator("html").getAttribute("data-mode");

test("关怀模式 is switched on in the header, survives a reload, and comes back with the account on a new browser", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const phone = uniquePhone();
  await registerPersonal(page, phone, DEMO_PASSWORD);
  await login(page, phone, DEMO_PASSWORD);
  await page.goto("/products");
  expect(await modeOf(page)).toBe("standard");

  await page.getByRole("banner").getByRole("button", { name: "切换到关怀模式" }).first().click();
  await expect(page).toHaveURL(/\/products$/); // back on the page it was pressed on
  expect(await modeOf(page)).toBe("care");
  await page.reload();
  expect(await modeOf(page)).toBe("care");
  await expect(page.getByRole("banner").getByRole("button", { name: "切换到标准模式" }).first()).toBeVisible();
  await context.close();

  // A new browser: 标准模式 until the account signs in, then its 关怀模式; it stays after 退出.
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto("/");
  expect(await modeOf(other)).toBe("standard");
  await login(other, phone, DEMO_PASSWORD);
  expect(await modeOf(other)).toBe("care");
  await other.getByRole("banner").getByRole("button", { name: "退出" }).click();
  await expect(other.getByRole("banner")).toContainText("企业（个人）登录/注册");
  expect(await modeOf(other)).toBe("care");

  // Back to 标准模式 in the mobile menu, without JavaScript.
  const phoneContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  await useMode(phoneContext, "care", baseURL!);
  const small = await phoneContext.newPage();
  await small.goto("/news/policies");
  await small.getByText("菜单").click();
  await small.getByRole("navigation", { name: "主导航（移动端）" }).getByRole("button", { name: "切换到标准模式" }).click();
  await expect(small).toHaveURL(/\/news\/policies$/);
  expect(await modeOf(small)).toBe("standard");
  await fresh.close();
  await phoneContext.close();
});

const PUBLIC_PAGES = [
  "/",
  "/products",
  "/institutions",
  "/first-loan",
  "/renewal",
  "/bridge-loan",
  "/activities",
  "/news",
  "/news/policies",
  "/news/articles",
  "/contact",
  "/login",
  "/register",
];

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

for (const mode of ["standard", "care"] as Mode[]) {
  for (const viewport of VIEWPORTS) {
    test(`${mode === "care" ? "关怀模式" : "标准模式"} at ${viewport.width} px: public pages and forms fit the width, also at 200 % text`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport });
      await useMode(context, mode, baseURL!);
      const page = await context.newPage();
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        expect(await modeOf(page)).toBe(mode);
        await expectNoHorizontalScroll(page, path);
        await doubleRootFontSize(page);
        await expectNoHorizontalScroll(page, `${path} at 200 %`);
      }
      await context.close();
    });

    test(`${mode === "care" ? "关怀模式" : "标准模式"} at ${viewport.width} px: home, 金融超市, a product, the application form and 个人中心 pass axe and the size rules`, async ({ browser }) => {
      const page = await signedInPage(browser, DEMO.personal, { viewport });
      await useMode(page.context(), mode, test.info().project.use.baseURL!);
      const phone = viewport.width < 768;
      const minText = mode === "care" ? (phone ? 18 : 20) : 0; // 标准模式 keeps its own sizes
      const minTarget = mode === "care" && phone ? 60 : 44;

      const check = async (label: string) => {
        expect(await modeOf(page)).toBe(mode);
        await expectNoAccessibilityViolations(page);
        await expectNoHorizontalScroll(page, label);
        expect(await smallestBodyText(page), `${label}: body text`).toBeGreaterThanOrEqual(minText);
        if (mode === "care") {
          expect(await lineHeightRatio(page, "main p"), `${label}: line height`).toBeGreaterThanOrEqual(1.5);
          const h1 = await page.locator("main h1, main h2").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
          expect(h1, `${label}: heading`).toBeGreaterThan(minText);
        }
      };

      await page.goto("/");
      await check("首页");

      await page.goto("/products");
      await check("金融超市");
      // Filter links and pagination are large enough to hit (on phones the filter panel is folded first).
      if (phone) await page.locator("details.filter-panel > summary").first().click();
      const filters = await smallestTarget(page, "main a.opt");
      expect(filters.count).toBeGreaterThan(0);
      expect(filters.height, "filter links").toBeGreaterThanOrEqual(minTarget);
      expect(filters.width, "filter links").toBeGreaterThanOrEqual(minTarget);
      const pages = await smallestTarget(page, "nav[aria-label='分页'] :is(a, span[aria-current])");
      if (pages.count) expect(pages.height).toBeGreaterThanOrEqual(minTarget);

      await openProduct(page, "融e借", "工商银行");
      const productPath = new URL(page.url()).pathname;
      await check("产品详情");

      await page.getByRole("main").getByRole("link", { name: /^立即申请/ }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: "个人申请贷款" })).toBeVisible();
      await check("申请表");
      const submit = await page.getByRole("button", { name: "立即申请" }).boundingBox();
      expect(submit!.height).toBeGreaterThanOrEqual(minTarget);

      await page.goto("/me");
      await check("个人中心");

      // The pages and forms behind a sign-in also fit at 200 % text.
      for (const path of [productPath, `${productPath}/apply`, "/me", "/me/applications", "/me/account", "/me/activities"]) {
        await page.goto(path);
        await doubleRootFontSize(page);
        await expectNoHorizontalScroll(page, `${path} at 200 %`);
      }
      await page.context().close();
    });
  }
}

test("on a phone, 个人中心's menu folds so the page starts on the first screen, and 申请记录 is cards", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.personal, { viewport: { width: 390, height: 844 } });
  // One application of this user at least (applied for on the phone).
  const productId = (await openProduct(page, "融e借", "工商银行")).split("?")[0];
  await page.goto(`/products/${productId}/apply`);
  await page.getByLabel("申请金额").fill("6");
  await page.getByLabel("申请期限").fill("12");
  await page.getByLabel("贷款用途").selectOption({ label: "教育" });
  await page.getByLabel("申请人身份证号").fill("620502199003071231");
  await page.getByLabel("申请人姓名").fill("张伟");
  await page.getByLabel("我已阅读并同意《用户授权协议》").check();
  await page.getByRole("button", { name: "立即申请" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "申请已提交" })).toBeVisible();

  await page.goto("/me/applications");
  const heading = page.getByRole("heading", { level: 1, name: "申请记录" });
  expect((await heading.boundingBox())!.y).toBeLessThan(844 / 2);
  const menu = page.locator("summary", { hasText: "个人中心菜单" });
  await expect(menu).toContainText("申请记录");
  await expect(page.getByRole("navigation", { name: "个人中心菜单" }).getByRole("link", { name: "账号信息" })).toBeHidden();
  await menu.click();
  await expect(page.getByRole("navigation", { name: "个人中心菜单" }).getByRole("link", { name: "账号信息" })).toBeVisible();

  const cards = page.getByRole("list", { name: "申请记录" }).getByRole("listitem");
  expect(await cards.count()).toBeGreaterThan(0);
  for (const label of ["申请编号", "金融机构", "申请金额 / 期限", "申请时间", "用途", "授信额度", "放款/融资额度"]) await expect(cards.first()).toContainText(label);
  await expect(page.getByRole("table")).toBeHidden();
  await expectNoHorizontalScroll(page, "申请记录");

  // The top bar keeps 联系我们 on one line.
  const contact = page.getByRole("banner").getByRole("link", { name: "联系我们" });
  const box = (await contact.boundingBox())!;
  const lineHeight = await contact.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(box.height).toBeLessThan(lineHeight * 1.5);
  await page.context().close();
});
