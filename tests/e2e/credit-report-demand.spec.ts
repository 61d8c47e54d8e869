import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { agreeThroughDialog } from "./helpers/applications";
import { expectNotFoundPage } from "./helpers/not-found";
import { DEMO, signedInPage } from "./helpers/sessions";

// 信用报告 for a 融资需求 (docs/credit-report.md): 工商银行 takes the demand up, the enterprise gives it the
// 授权 from 我的需求, the bank queries the report; after 撤回授权 the report stays marked 依法留存.
test("a demand's 信用报告: 授权 from 我的需求, 查询 by the bank that took it up, 撤回授权 marks it", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise);
  const purpose = `采购原材料 ${Date.now()}`;
  await page.goto("/demands/new");
  await page.getByLabel("融资金额").fill("60");
  await page.getByLabel("融资期限").fill("12");
  await page.getByLabel("融资用途").fill(purpose);
  await page.getByRole("radiogroup", { name: "融资方式" }).getByLabel("信用").check();
  await page.getByLabel("期望利率（从）").fill("3");
  await page.getByLabel("期望利率（到）").fill("10");
  const institutions = page.getByRole("group", { name: "期望机构" });
  await institutions.getByLabel("不限").uncheck();
  await institutions.getByLabel("工商银行", { exact: true }).check();
  await page.getByLabel("所属区域").selectOption({ label: "秦州区" });
  await page.getByLabel("真实姓名").fill("王建国");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await page.getByRole("button", { name: "继续提交需求" }).click();
  await expect(page).toHaveURL(/\/me\/demands\/[^/?]+\?done=created/);
  const demandUrl = page.url().split("?")[0];
  const id = demandUrl.split("/").pop()!;
  // Nobody took it up yet: nothing to authorise.
  await expect(page.getByRole("region", { name: "信用报告授权" })).toHaveCount(0);

  const staff = await signedInPage(browser, DEMO.staffIcbc);
  await staff.goto(`/org/demands/${id}`);
  await staff.getByRole("button", { name: "接单" }).click();
  await expect(staff.getByText("接单成功")).toBeVisible();
  const report = staff.getByRole("region", { name: "信用报告" });
  await expect(report).toContainText("客户尚未授权贵机构查询信用报告");
  await expect(report.getByRole("button", { name: "查询信用报告" })).toHaveCount(0);

  // The enterprise authorises 工商银行 for this demand.
  await page.goto(demandUrl);
  const authorization = page.getByRole("region", { name: "信用报告授权" });
  await expect(authorization).toContainText("工商银行");
  await agreeThroughDialog(page);
  await authorization.getByRole("button", { name: "确认授权" }).click();
  await expect(page.getByText("已授权对接机构查询信用报告")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The bank queries the report.
  await staff.reload();
  await report.getByRole("button", { name: "查询信用报告" }).click();
  await expect(staff.getByText("已查询信用报告")).toBeVisible();
  await expect(report.getByRole("region", { name: "纳税" })).toContainText("A级");
  await expect(report.getByRole("region", { name: "社保与公积金" })).toContainText("68人");
  await expect(report).toContainText("综合评级");
  await expectNoAccessibilityViolations(staff);

  // The enterprise sees the report and 工商银行's view, then withdraws the 授权.
  await page.goto(demandUrl);
  await page.getByRole("link", { name: "查看信用报告和查看记录" }).click();
  await expect(page.getByRole("region", { name: "纳税" })).toContainText("A级");
  await expect(page.getByRole("region", { name: "查看记录" }).getByRole("row").filter({ hasText: "工商银行" }).first()).toBeVisible();
  await page.goto(demandUrl);
  await page.getByText("撤回授权", { exact: true }).click();
  await page.getByLabel("我确认撤回授权").check();
  await page.getByRole("button", { name: "确认撤回授权" }).click();
  await expect(page.getByText("已撤回授权，对接机构不能再查询您的信用报告")).toBeVisible();
  await page.goto(`${demandUrl}/credit-report`);
  await expect(page.getByRole("main")).toContainText("授权已撤回，本报告仅作为机构依法留存");

  await staff.reload();
  await expect(report).toContainText("授权已撤回，本报告仅作为机构依法留存");
  await expect(report.getByRole("button", { name: /刷新|查询信用报告/ })).toHaveCount(0);

  // Another bank: the not-found page.
  const other = await signedInPage(browser, DEMO.staffQinzhou);
  await expectNotFoundPage(other, await other.goto(`/org/demands/${id}`), ["信用报告", purpose]);
});
