import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { agreeThroughDialog, confirmation, openInConsole, openProduct } from "./helpers/applications";
import { expectNotFoundPage } from "./helpers/not-found";
import { DEMO, signedInPage } from "./helpers/sessions";

test("the enterprise applies; 工商银行's staff see its 信用报告 (tax, social insurance, judicial); the applicant sees the report and the view", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise);
  await openProduct(page, "抗疫贷", "工商银行");
  await page.getByRole("main").getByRole("link", { name: /^立即申请/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "企业申请贷款" })).toBeVisible();
  await page.getByLabel("申请金额").fill("120");
  await page.getByLabel("申请期限").fill("12");
  await page.getByLabel("贷款用途").selectOption({ label: "经营周转" });
  await page.getByLabel("联系人姓名").fill("王建国");
  await page.getByLabel("年收入").fill("860");
  await page.getByRole("radiogroup", { name: "当前有无被执行信息" }).getByLabel("无").check();
  await page.getByRole("radiogroup", { name: "近两年银行逾期情况" }).getByLabel("无").check();
  await page.getByLabel(/本企业未在任何金融机构获取过贷款/).check();
  await agreeThroughDialog(page);
  await page.getByRole("button", { name: "立即申请" }).click();
  const [number, id] = await confirmation(page);

  // The bank's staff open the application: the report was built after the submission.
  const staff = await signedInPage(browser, DEMO.staffIcbc);
  await openInConsole(staff, number, "?kind=FIRST_LOAN&status=SUBMITTED");
  const report = staff.getByRole("region", { name: "信用报告" });
  await expect(async () => {
    await staff.reload();
    await expect(report.getByText("综合评级")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(report.getByRole("region", { name: "纳税" })).toContainText("A级");
  await expect(report.getByRole("region", { name: "纳税" })).toContainText("数据时间");
  await expect(report.getByRole("region", { name: "社保与公积金" })).toContainText("68人");
  await expect(report.getByRole("region", { name: "司法" })).toContainText("失信被执行人");
  await expect(report.getByRole("region", { name: "工商登记" })).toContainText("王建国");
  await expect(report.getByRole("region", { name: "平台融资记录" })).toContainText("本申请");
  await expect(report).toContainText("A（优）");
  await expect(report.getByRole("note").filter({ hasText: "首贷声明核对" })).toBeVisible();
  await expectNoAccessibilityViolations(staff);

  // The applicant sees the same report and that 工商银行 viewed it.
  await page.goto(`/me/applications/${id}`);
  await page.getByRole("link", { name: "查看信用报告" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`信用报告 ${number}`);
  await expect(page.getByRole("region", { name: "纳税" })).toContainText("A级");
  const views = page.getByRole("region", { name: "查看记录" });
  await expect(views.getByRole("row").filter({ hasText: "工商银行" }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Another bank's staff and another applicant: the not-found page, none of the report.
  const other = await signedInPage(browser, DEMO.staffQinzhou);
  await expectNotFoundPage(other, await other.goto(`/org/applications/${id}`), ["信用报告", "天水示范科技有限公司"]);
  const stranger = await signedInPage(browser, DEMO.personal);
  await expectNotFoundPage(stranger, await stranger.goto(`/me/applications/${id}/credit-report`), ["纳税", "天水示范科技有限公司"]);
});
