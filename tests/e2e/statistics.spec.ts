import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { expectNotFoundPage } from "./helpers/not-found";
import { DEMO, signedInPage } from "./helpers/sessions";

// 监管统计 as the 金融办 uses it: a custom period over the demo history, charts drawn on the server with their
// tables, rankings re-sorted, the XLSX export; institution staff see their own figures and rank only.

test("the 金融办 reads 监管统计 for a period, with charts, tables, rankings and the export", async ({ browser }) => {
  const admin = await signedInPage(browser, DEMO.admin);
  await admin.goto("/admin");
  await admin.getByRole("link", { name: /监管统计/ }).first().click();
  await expect(admin.getByRole("heading", { level: 1, name: "监管统计" })).toBeVisible();

  const form = admin.getByRole("form", { name: "统计筛选" });
  await form.getByLabel("统计时段").selectOption("custom");
  const year = new Date().getFullYear();
  await form.getByLabel("开始日期（自定义）").fill(`${year - 3}-01-01`);
  await form.getByLabel("结束日期（自定义）").fill(`${year}-12-31`);
  await form.getByRole("button", { name: "查询" }).click();
  await expect(admin).toHaveURL(/period=custom/);
  await expect(admin.getByText(`统计范围：${year - 3}-01-01 至 ${year}-12-31 · 全部区县 · 全部机构类型`)).toBeVisible();

  const overview = admin.getByRole("list", { name: "总体情况" });
  await expect(overview.getByText("贷款申请")).toBeVisible();
  const applications = Number((await overview.locator("li").first().locator("span").nth(1).textContent())?.replace("笔", ""));
  expect(applications).toBeGreaterThan(0);

  // Each chart is an SVG in the HTML (no chart script), with a sentence and its data table.
  for (const title of ["月度趋势（近12个月）", "各机构放款占比", "各区县对比"]) {
    const figure = admin.getByRole("figure", { name: title });
    await expect(figure.locator("svg").first()).toBeVisible();
    await expect(figure.getByRole("table", { name: `${title}数据表` })).toBeVisible();
  }
  await expect(admin.locator("script[src*='echarts']")).toHaveCount(0);

  // Rankings: 累计放款金额 first, largest at the top.
  await admin.getByRole("link", { name: "按累计放款金额" }).click();
  await expect(admin.getByRole("link", { name: "按累计放款金额" })).toHaveAttribute("aria-current", "true");
  const ranking = admin.getByRole("table", { name: "机构排名（按累计放款金额）" });
  const lent = await ranking.locator("tbody tr").evaluateAll((rows) => rows.slice(0, 5).map((r) => Number(r.children[6].textContent)));
  expect(lent).toEqual([...lent].sort((a, b) => b - a));
  await expectNoAccessibilityViolations(admin);

  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "导出 Excel" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^监管统计-.+\.xlsx$/);
  await admin.context().close();
});

test("institution staff see their own figures and rank on 工作台; 监管统计 is not theirs", async ({ browser }) => {
  const staff = await signedInPage(browser, DEMO.staffQinzhou);
  await staff.goto("/org?period=year");
  const own = staff.getByRole("list", { name: "本机构业务数据" });
  await expect(own.getByText("对接成功笔数")).toBeVisible();
  await expect(own.getByText(/同类\d+家机构中第\d+名|暂无排名/).first()).toBeVisible();
  await expect(staff.getByRole("link", { name: "本年" })).toHaveAttribute("aria-current", "true");
  await expectNotFoundPage(staff, await staff.goto("/admin/statistics"));
  expect((await staff.request.get("/admin/statistics/export.xlsx")).status()).toBe(404);
  await staff.context().close();
});
