import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { DEMO, signedInPage } from "./helpers/sessions";

// 股权融资 (manual 2.6, 2.8) end to end: a visitor browses funds and projects; an enterprise publishes a
// project with a PDF plan and an image; the admin approves it and it appears on /equity/projects; a
// personal user asks the fund for a meeting and sees it in 我的约谈; the fund's staff accept it and
// download the plan; the personal user cannot download it.
test.describe.configure({ mode: "serial" });

const FUND = "天水市产业引导基金管理有限公司";
const STAFF_FUND = "13800000013";
const projectName = `光伏组件${Date.now().toString().slice(-5)}`;
let projectUrl = "";
let planHref = "";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", "latin1");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

for (const viewport of [{ name: "phone", width: 390, height: 844 }, { name: "desktop", width: 1280, height: 900 }]) {
  test(`a visitor browses 投资机构 and 股权项目 (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await page.getByRole("navigation").getByRole("link", { name: "股权融资" }).first().click();
    await expect(page).toHaveURL(/\/equity$/);
    await expect(page.getByRole("heading", { level: 1, name: "股权融资" })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/equity$/);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("navigation", { name: "管理规模" }).getByRole("link", { name: "20亿以上" }).click();
    await expect(page.getByRole("link", { name: FUND })).toBeVisible();
    await page.getByRole("link", { name: FUND }).click();
    await expect(page.getByRole("heading", { level: 1, name: FUND })).toBeVisible();
    await expect(page.getByRole("heading", { name: "投资案例" })).toBeVisible();
    expect(await page.locator('script[type="application/ld+json"]').first().textContent()).toContain('"Organization"');
    await expectNoAccessibilityViolations(page);
    await page.goto("/equity/projects");
    await page.getByRole("navigation", { name: "所属行业" }).getByRole("link", { name: "电子信息" }).click();
    await page.getByRole("link", { name: "高可靠集成电路封装测试线扩建" }).click();
    await expect(page.getByText("项目简介")).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("下载项目计划书");
    await expectNoAccessibilityViolations(page);
  });
}

test("an enterprise publishes a project with a PDF plan and an image", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise);
  await page.goto("/me/equity");
  await page.getByRole("link", { name: "发布股权融资" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "发布股权融资" })).toBeVisible();
  await expect(page.getByText("此项目计划书不在网站公开,仅限平台入驻基金机构查看")).toBeVisible();
  await page.getByLabel("项目名称").fill(projectName);
  await expect(page.getByText(`还可输入${15 - projectName.length}字`)).toBeVisible();
  await page.getByLabel("拟融资金额").fill("2600");
  await page.getByLabel("所属行业").selectOption("新能源");
  await page.getByLabel("项目简介").fill("建设年产500兆瓦高效光伏组件生产线。");
  await page.getByLabel("融资需求").fill("拟出让15%股权融资2600万元。");
  await page.getByLabel("核心竞争力").fill("拥有多项发明专利。");
  await page.getByLabel("上传项目计划书").setInputFiles({ name: "计划书.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByLabel("上传形象展示").setInputFiles({ name: "形象.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByText("已上传")).toHaveCount(2);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page).toHaveURL(/\/me\/equity\/[^/?]+\?done=submitted/);
  await expect(page.getByText("状态：待审核")).toBeVisible();
  projectUrl = new URL(page.url()).pathname.replace("/me/equity/", "/equity/projects/");
  await page.context().close();
});

test("the admin approves it and it appears on /equity/projects", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.admin);
  await page.goto("/admin/equity?status=PENDING_REVIEW");
  await page.getByRole("link", { name: projectName }).click();
  await page.getByRole("button", { name: "通过", exact: true }).click();
  await expect(page.getByText("已审核通过，项目已发布。")).toBeVisible();
  await page.context().close();
  const visitor = await browser.newPage();
  await visitor.goto("/equity/projects");
  await expect(visitor.getByRole("link", { name: projectName })).toBeVisible();
  await visitor.goto(projectUrl);
  await expect(visitor.getByRole("img", { name: `${projectName}形象展示` })).toBeVisible();
  await expect(visitor.getByRole("main")).not.toContainText("13800000002");
  await visitor.close();
});

test("a personal user asks the fund for a meeting; the fund's staff accept and download the plan; the user cannot", async ({ browser }) => {
  const user = await signedInPage(browser, DEMO.personal);
  await user.goto("/equity");
  await user.getByRole("link", { name: FUND }).first().click();
  await user.getByRole("link", { name: "我要约谈" }).click();
  await expect(user.getByLabel("联系人手机号")).toHaveValue(DEMO.personal);
  await user.getByLabel("约谈事项").fill("了解产业引导基金的申报条件");
  await user.getByRole("button", { name: "提交约谈" }).click();
  await expect(user).toHaveURL(/\/me\/meetings\?done=requested/);
  await expect(user.getByText("投资机构：" + FUND).first()).toBeVisible();
  await expect(user.getByText("待回复").first()).toBeVisible();

  const staff = await signedInPage(browser, STAFF_FUND);
  await staff.goto("/org/meetings?status=PENDING");
  const item = staff.getByRole("listitem").filter({ hasText: "了解产业引导基金的申报条件" });
  await item.getByRole("link", { name: "处理" }).click();
  await staff.getByLabel("约谈时间").fill("2027-01-12T10:00");
  await staff.getByLabel("约谈地点").fill("金融大厦12层会议室");
  await staff.getByRole("button", { name: "接受", exact: true }).click();
  await expect(staff.getByText("已接受约谈，已通知对方。")).toBeVisible();
  await staff.goto(projectUrl);
  const link = staff.getByRole("link", { name: "下载项目计划书" });
  planHref = (await link.getAttribute("href"))!;
  const download = await staff.request.get(planHref);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");

  await user.goto("/me/meetings");
  await expect(user.getByText("已接受").first()).toBeVisible();
  await expect(user.getByText("金融大厦12层会议室").first()).toBeVisible();
  expect((await user.request.get(planHref)).status()).toBe(404);
  await user.goto(projectUrl);
  await expect(user.getByRole("main")).not.toContainText("下载项目计划书");
  await user.context().close();
  await staff.context().close();
});
