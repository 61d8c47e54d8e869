import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { agreeThroughDialog, confirmation, decide, openInConsole, openProduct, rowOf } from "./helpers/applications";
import { DEMO, loginHere, signedInPage } from "./helpers/sessions";

test("the certified enterprise applies for 工商银行 抗疫贷; 工商银行 受理, approves and disburses 200万; the applicant sees 已放款 and a message", async ({ page, browser }) => {
  // A visitor finds the product and clicks 立即申请: log in first, then the form.
  await openProduct(page, "抗疫贷", "工商银行");
  await page.getByRole("main").getByRole("link", { name: /^立即申请/ }).first().click();
  await loginHere(page, DEMO.enterprise);
  await expect(page).toHaveURL(/\/products\/[^/]+\/apply$/);
  await expect(page.getByRole("heading", { level: 1, name: "企业申请贷款" })).toBeVisible();
  const headline = page.getByRole("region", { name: "抗疫贷" });
  await expect(headline).toContainText("年化4.05%起");
  await expect(headline).toContainText("300万");
  await expect(headline).toContainText("12个月");
  await expect(page.getByLabel("企业名称")).toHaveValue("天水示范科技有限公司");
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("申请金额").fill("200");
  await page.getByLabel("申请期限").fill("12");
  await page.getByLabel("贷款用途").selectOption({ label: "经营周转" });
  await page.getByLabel("联系人姓名").fill("王建国");
  await page.getByLabel("年收入").fill("860");
  await page.getByRole("radiogroup", { name: "当前有无被执行信息" }).getByLabel("无").check();
  await page.getByRole("radiogroup", { name: "近两年银行逾期情况" }).getByLabel("无").check();
  await page.getByLabel(/本企业未在任何金融机构获取过贷款/).check();
  await agreeThroughDialog(page);
  await page.getByRole("button", { name: "立即申请" }).click();
  const [number] = await confirmation(page);

  // 工商银行 staff decide it in the console.
  const staff = await signedInPage(browser, DEMO.staffIcbc);
  await openInConsole(staff, number, "?kind=FIRST_LOAN&status=SUBMITTED");
  await expect(staff.getByRole("main")).toContainText("天水示范科技有限公司");
  // 年收入 is masked until 查看完整信息 with a reason (audited), then in clear for the bank only.
  await expect(staff.getByRole("region", { name: "申请信息" })).not.toContainText("860万");
  const reveal = staff.getByRole("form", { name: "查看完整信息" });
  await reveal.getByLabel("查看原因").selectOption("REVIEW");
  await reveal.getByRole("button", { name: "查看完整信息" }).click();
  await expect(staff.getByRole("main")).toContainText("860万");
  await expectNoAccessibilityViolations(staff);
  await decide(staff, "受理");
  await expect(staff.getByRole("main")).toContainText("已受理");
  await decide(staff, "审批通过", { label: "授信额度", value: "200" });
  await decide(staff, "放款", { label: "放款金额", value: "200" });
  await expect(staff.getByRole("main")).toContainText("已放款");
  await expect(staff.getByRole("main")).toContainText("该申请已办结");
  await expectNoAccessibilityViolations(staff);

  // The applicant: 申请记录 shows 已放款 with both amounts, 消息中心 has the message.
  await page.goto("/me/applications");
  const row = rowOf(page, number);
  await expect(row).toContainText("工商银行");
  await expect(row).toContainText("抗疫贷");
  await expect(row).toContainText("已放款");
  const cells = await row.getByRole("cell").allTextContents();
  expect(cells.slice(-3)).toEqual(["已放款", "200万", "200万"]);
  await expectNoAccessibilityViolations(page);
  await expect(page.getByRole("banner").getByRole("link", { name: /消息中心/ })).toContainText(/\d+/);
  await page.goto("/me/messages");
  const message = page.getByRole("article").filter({ hasText: number }).filter({ hasText: "已放款" });
  await expect(message).toContainText("放款金额：200万元");
  await expectNoAccessibilityViolations(page);

  await page.goto("/me/applications");
  await rowOf(page, number).getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  const history = page.getByRole("region", { name: "办理记录" });
  await expect(history.getByRole("listitem")).toHaveCount(4);
  await expectNoAccessibilityViolations(page);
});
