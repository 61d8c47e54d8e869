import { expect, test, type Page } from "@playwright/test";
import { forgedHtml, samplePng } from "../helpers/file-samples";
import { DEMO_PASSWORD, login, registerPersonal, uniquePhone } from "./helpers/accounts";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { expectNotFoundPage } from "./helpers/not-found";
import { DEMO, signedInPage } from "./helpers/sessions";

// 金融活动 (manual 2.5) as people use it. The seed has 3 open activities, 1 full and 4 that ended.
const OPEN = "首贷服务进园区——麦积经济技术开发区专场";
const FULL = "乡村振兴金融服务进村入户——武山县专场";
const ENDED = "股权融资路演暨项目对接会（第三期）";
const THIRD_OPEN = "知识产权质押融资政策宣讲会";

// A time n days ahead as typed in a datetime-local input, in Tianshui time.
const inputTime = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour - 8, 0, 0, 0);
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
};

async function openActivity(page: Page, title: string, phase: "ongoing" | "ended") {
  await page.goto(`/activities?phase=${phase}`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url().split("/activities/")[1];
}

test("a new user registers for an ongoing activity, finds it in 我的活动 and cancels", async ({ page }) => {
  const phone = uniquePhone();
  await registerPersonal(page, phone, DEMO_PASSWORD, "活动测试用户");
  await login(page, phone, DEMO_PASSWORD);

  await page.goto("/activities");
  await expect(page.getByRole("heading", { level: 1, name: "金融活动" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const filter = page.getByRole("navigation", { name: "活动状态" });
  await filter.getByRole("link", { name: "进行中" }).click();
  await expect(page).toHaveURL(/phase=ongoing/);
  await expect(page.getByRole("link", { name: ENDED })).toHaveCount(0);
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: OPEN }) });
  for (const label of ["开始时间", "报名截止", "活动地址", "主办方", "剩余名额"]) await expect(card).toContainText(label);
  await expect(card.getByRole("list", { name: "活动状态" })).toContainText("报名中");

  await card.getByRole("link", { name: OPEN }).click();
  const main = page.getByRole("main");
  for (const label of ["报名截止时间", "活动地址", "活动开始时间", "限制人数", "主办方", "剩余名额", "活动详情"]) await expect(main).toContainText(label);
  expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"@type":"Event"');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/activities\/[^/]+$/);
  await expectNoAccessibilityViolations(page);
  const calendar = await page.request.get(await page.getByRole("link", { name: /添加到日历/ }).getAttribute("href") as string);
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  expect(await calendar.text()).toContain(`SUMMARY:${OPEN}`);

  await page.getByRole("link", { name: "我要报名" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "活动报名" })).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("活动测试用户");
  await expect(page.getByLabel("手机号")).toHaveValue(phone);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "提交报名" }).click();
  await expect(page.getByLabel("单位名称")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("单位名称").fill("个体经营");
  await page.getByLabel("参加人数").selectOption("2");
  await page.getByLabel("备注").fill("两人参加");
  await page.getByRole("button", { name: "提交报名" }).click();

  await expect(page).toHaveURL(/\/me\/activities\?done=registered$/);
  await expect(page.getByRole("status").filter({ hasText: "报名成功" })).toBeVisible();
  const mine = page.getByRole("article").filter({ hasText: OPEN });
  await expect(mine).toContainText("已报名");
  await expect(mine).toContainText("2人");
  await expectNoAccessibilityViolations(page);

  // the activity's page knows, and the header counts the message
  await mine.getByRole("link", { name: OPEN }).click();
  await expect(page.getByRole("region", { name: "活动报名" })).toContainText("您已报名本活动（2人参加）");
  await page.goto("/me/messages");
  await expect(page.getByRole("main")).toContainText(`活动报名成功：${OPEN}`);

  await page.goto("/me/activities");
  await mine.locator("summary", { hasText: "取消报名" }).click();
  await mine.getByRole("button", { name: "确认取消报名" }).click();
  await expect(page).toHaveURL(/done=cancelled$/);
  await expect(page.getByRole("article").filter({ hasText: OPEN })).toContainText("已取消");
  await expect(page.getByRole("article").filter({ hasText: OPEN })).toContainText("您已取消报名");
});

test("a full and an ended activity refuse with their message", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.personal);
  const fullId = await openActivity(page, FULL, "ongoing");
  await expect(page.getByRole("list", { name: "活动状态" })).toContainText("已满");
  await expect(page.getByRole("region", { name: "活动报名" })).toContainText("名额已满，无法报名");
  await expect(page.getByRole("link", { name: "我要报名" })).toHaveCount(0);
  await page.goto(`/activities/${fullId}/register`);
  await expect(page.getByRole("alert").filter({ hasText: "名额已满，无法报名" })).toBeVisible();
  await expect(page.getByRole("button", { name: "提交报名" })).toHaveCount(0);

  const endedId = await openActivity(page, ENDED, "ended");
  await expect(page.getByRole("list", { name: "活动状态" })).toContainText("已结束");
  await expect(page.getByRole("region", { name: "活动报名" })).toContainText("报名已截止");
  await page.goto(`/activities/${endedId}/register`);
  await expect(page.getByRole("alert").filter({ hasText: "报名已截止" })).toBeVisible();

  const missing = await page.goto("/activities/no-such-activity");
  await expectNotFoundPage(page, missing);
});

test("staff are told they cannot register; visitors are sent to log in first", async ({ browser, page }) => {
  const id = await openActivity(page, OPEN, "ongoing");
  await page.getByRole("link", { name: "我要报名" }).click();
  await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=%2Factivities%2F${id}%2Fregister`));

  const staff = await signedInPage(browser, DEMO.staffIcbc);
  await staff.goto(`/activities/${id}/register`);
  await expect(staff.getByRole("alert").filter({ hasText: "机构人员和管理员账号不能报名活动" })).toBeVisible();
});

test("the admin creates and publishes an activity, and sees who registered", async ({ browser, page: visitor }) => {
  const admin = await signedInPage(browser, DEMO.admin);
  await admin.goto("/admin/activities");
  await expect(admin.getByRole("heading", { level: 1, name: "金融活动" })).toBeVisible();
  await expectNoAccessibilityViolations(admin);
  await admin.getByRole("link", { name: "新建活动" }).click();
  const title = `金融知识讲座${Date.now().toString(36)}`;
  await admin.getByLabel("活动标题").fill(title);
  await admin.getByLabel("活动简介").fill("面向个体工商户的信贷知识讲座");
  await admin.getByLabel("活动地址").fill("天水市秦州区民主西路26号");
  await admin.getByLabel("开始时间").fill(inputTime(30, 9));
  await admin.getByLabel("结束时间").fill(inputTime(30, 11));
  await admin.getByLabel("报名截止时间").fill(inputTime(31, 18));
  await admin.getByLabel("限制人数").fill("30");
  await admin.getByLabel("活动详情").fill("## 讲座安排\n\n银行客户经理讲解信用贷款办理流程。");
  // 封面图片: a forged file is refused beside the field, a real image is uploaded at once (with its 图片说明)
  const cover = admin.getByLabel("封面图片", { exact: true });
  await cover.setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: forgedHtml() });
  await expect(admin.getByText(/文件内容与格式不符/)).toBeVisible();
  // The e2e server has UploadThing configured (a local stand-in of its servers, scripts/e2e-server.mjs):
  // the image goes from the browser to its ingest, not to POST /uploads.
  const viaUploadthing = process.env.E2E_UPLOADTHING !== "0";
  const sent = viaUploadthing ? admin.waitForRequest((r) => r.method() === "PUT" && new URL(r.url()).origin !== new URL(admin.url()).origin) : null;
  await cover.setInputFiles({ name: "讲座封面.png", mimeType: "image/png", buffer: samplePng(64, 36) });
  await expect(admin.getByText("讲座封面.png", { exact: true })).toBeVisible();
  if (sent) await sent; // the cover was PUT to UploadThing's ingest
  await expect(admin.getByText(/已上传/)).toBeVisible();
  await admin.getByLabel("图片说明").fill("信贷知识讲座海报");
  await admin.getByRole("button", { name: "保存为草稿" }).click();
  await expect(admin.getByLabel("报名截止时间")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByText("报名截止时间不能晚于开始时间")).toBeVisible();
  await admin.getByLabel("报名截止时间").fill(inputTime(28, 18));
  await admin.getByRole("button", { name: "保存为草稿" }).click();
  await expect(admin).toHaveURL(/\/admin\/activities\/[^/]+\?done=created$/);
  const id = admin.url().split("/admin/activities/")[1].split("?")[0];
  await expectNoAccessibilityViolations(admin);

  // a draft is not public
  await expectNotFoundPage(visitor, await visitor.goto(`/activities/${id}`), [title]);

  await admin.getByRole("button", { name: "发布", exact: true }).click();
  await expect(admin).toHaveURL(/done=published$/);

  // the cover is on the public page and on the list card, with its 图片说明 as alt text, loaded
  await visitor.goto(`/activities/${id}`);
  const shown = visitor.getByRole("img", { name: "信贷知识讲座海报" });
  await expect(shown).toBeVisible();
  await expect(shown).toHaveAttribute("width", "960");
  expect(await shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  await visitor.goto("/activities");
  await expect(visitor.getByRole("article").filter({ hasText: title }).getByRole("img", { name: "信贷知识讲座海报" })).toBeVisible();

  const person = await signedInPage(browser, DEMO.personal);
  await person.goto(`/activities/${id}/register`);
  await person.getByLabel("单位名称").fill("天水示范商店");
  await person.getByRole("button", { name: "提交报名" }).click();
  await expect(person).toHaveURL(/done=registered$/);

  await admin.goto(`/admin/activities/${id}`);
  await expect(admin.getByRole("region", { name: "报名情况" })).toContainText("1条");
  const row = admin.getByRole("row").filter({ hasText: "天水示范商店" });
  await expect(row).toContainText("138****0001");
  await expectNoAccessibilityViolations(admin);
  const csv = await admin.request.get(`/admin/activities/${id}/registrants.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain("138****0001");
  expect(body).not.toContain("13800000001");
  await admin.goto(`/admin/activities/${id}/edit`);
  await expect(admin.getByLabel("限制人数")).toHaveValue("30");
  await expectNoAccessibilityViolations(admin);

  // nobody but the admin reaches the console or the export
  await expectNotFoundPage(person, await person.goto(`/admin/activities/${id}`));
  expect((await person.request.get(`/admin/activities/${id}/registrants.csv`)).status()).toBe(404);
});

test("without JavaScript: registering keeps what was typed after a refusal, and 取消报名 works", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise, { javaScriptEnabled: false });
  const id = await openActivity(page, THIRD_OPEN, "ongoing");
  await page.goto(`/activities/${id}/register`);
  await page.getByLabel("手机号").fill("123");
  await page.getByLabel("备注").fill("需要停车位");
  await page.getByRole("button", { name: "提交报名" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请修改标红的填写项" })).toBeVisible();
  await expect(page.getByLabel("手机号")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("备注")).toHaveValue("需要停车位");
  await page.getByLabel("手机号").fill("13912345678");
  await page.getByRole("button", { name: "提交报名" }).click();
  await expect(page).toHaveURL(/\/me\/activities\?done=registered$/);
  const mine = page.getByRole("article").filter({ hasText: THIRD_OPEN });
  await mine.locator("summary", { hasText: "取消报名" }).click();
  await mine.getByRole("button", { name: "确认取消报名" }).click();
  await expect(page).toHaveURL(/done=cancelled$/);
  await expect(page.getByRole("article").filter({ hasText: THIRD_OPEN })).toContainText("已取消");
});

test.describe("on a phone", () => {
  test("the activity pages fit a 390px screen", async ({ browser }) => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const page = await signedInPage(browser, DEMO.enterprise, phone);
    const id = await openActivity(page, OPEN, "ongoing");
    await expect(page.getByRole("link", { name: "我要报名" })).toBeVisible();
    const admin = await signedInPage(browser, DEMO.admin, phone);
    for (const [p, path] of [[page, "/activities"], [page, `/activities/${id}`], [page, `/activities/${id}/register`], [page, "/me/activities"], [admin, "/admin/activities"], [admin, `/admin/activities/${id}`]] as const) {
      await p.goto(path);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(`/activities/${id}/register`);
    await expect(page.getByLabel("单位名称")).not.toHaveValue(""); // the enterprise's name
    await expectNoAccessibilityViolations(page);
  });
});
