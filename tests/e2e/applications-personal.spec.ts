import { expect, test } from "@playwright/test";
import { expectNotFoundPage } from "./helpers/not-found";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { agreeThroughDialog, confirmation, decide, openInConsole, openProduct, rowOf } from "./helpers/applications";
import { DEMO, signedInPage } from "./helpers/sessions";

// A valid 身份证号 (GB 11643 check character) for the personal form.
const ID_NUMBER = "620502199003071231";

test("the personal user applies for a 个人类 product: errors beside the fields, input kept, then a masked record", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.personal);
  await openProduct(page, "融e借", "工商银行");
  await page.getByRole("main").getByRole("link", { name: /^立即申请/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "个人申请贷款" })).toBeVisible();
  await expect(page.getByLabel("申请人手机号")).toHaveValue(DEMO.personal);

  await page.getByLabel("申请金额").fill("31");
  await page.getByLabel("申请期限").fill("24");
  await page.getByLabel("贷款用途").selectOption({ label: "消费" });
  await page.getByLabel("申请人身份证号").fill("620502199003071234");
  await page.getByLabel("申请人姓名").fill("张伟");
  await page.getByRole("button", { name: "立即申请" }).click();

  const amount = page.getByLabel("申请金额");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#amount-error")).toHaveText("申请金额不能超过30万");
  await expect(page.locator("#idNumber-error")).toHaveText("身份证号格式或校验位不正确");
  await expect(page.locator("#agreement-error")).toContainText("请阅读并同意《用户授权协议》");
  await expect(amount).toHaveValue("31");
  await expect(page.getByLabel("申请人姓名")).toHaveValue("张伟");
  await expectNoAccessibilityViolations(page);

  await amount.fill("25");
  await page.getByLabel("申请人身份证号").fill(ID_NUMBER);
  await page.getByLabel("年收入").fill("18");
  await agreeThroughDialog(page);
  await page.getByRole("button", { name: "立即申请" }).click();
  const [number] = await confirmation(page);

  await page.getByRole("link", { name: "查看申请详情" }).click();
  const data = page.getByRole("region", { name: "申请信息" });
  await expect(data).toContainText("620502********1231");
  await expect(data).not.toContainText(ID_NUMBER);
  await expect(data).toContainText("******（已加密保存）");
  await expectNoAccessibilityViolations(page);

  // 工商银行 sees it masked, and in clear after 查看完整信息 with a reason (audited).
  const staff = await signedInPage(browser, DEMO.staffIcbc);
  await openInConsole(staff, number, "?kind=NORMAL");
  await expect(staff.getByRole("region", { name: "申请信息" })).toContainText("620502********1231");
  const reveal = staff.getByRole("form", { name: "查看完整信息" });
  await reveal.getByLabel("查看原因").selectOption("REVIEW");
  await reveal.getByRole("button", { name: "查看完整信息" }).click();
  await expect(staff.getByRole("region", { name: "申请信息" })).toContainText(ID_NUMBER);
  await expect(staff.getByRole("region", { name: "申请信息" })).toContainText("18万");
});

test("退回补充 → the user edits and resubmits; later withdraws after confirming", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.personal);
  const productId = await openProduct(page, "融e借", "工商银行");
  await page.goto(`/products/${productId}/apply`);
  await page.getByLabel("申请金额").fill("10");
  await page.getByLabel("申请期限").fill("12");
  await page.getByLabel("贷款用途").selectOption({ label: "教育" });
  await page.getByLabel("申请人身份证号").fill(ID_NUMBER);
  await page.getByLabel("申请人姓名").fill("张伟");
  await page.getByLabel("我已阅读并同意《用户授权协议》").check();
  await page.getByRole("button", { name: "立即申请" }).click();
  const [number, id] = await confirmation(page);

  const staff = await signedInPage(browser, DEMO.staffIcbc);
  await openInConsole(staff, number);
  await decide(staff, "退回补充", { label: "说明", value: "请补充学校录取通知书" });

  await page.goto(`/me/applications/${id}`);
  await expect(page.getByRole("main")).toContainText("请补充学校录取通知书");
  await page.getByRole("link", { name: "修改并重新提交" }).click();
  await expect(page.getByLabel("申请金额")).toHaveValue("10");
  await expect(page.getByLabel("申请人身份证号")).toHaveValue(ID_NUMBER);
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("申请金额").fill("12");
  await page.getByLabel("我已阅读并同意《用户授权协议》").check();
  await page.getByRole("button", { name: "重新提交" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已重新提交" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("待受理");

  await page.getByText("撤回申请", { exact: true }).click();
  await expect(page.getByRole("main")).toContainText(`确定要撤回申请 ${number} 吗？`);
  await page.getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByRole("status").filter({ hasText: "申请已撤回" })).toBeVisible();
  await page.goto("/me/applications?status=WITHDRAWN");
  await expect(rowOf(page, number)).toContainText("已撤回");
  await expectNoAccessibilityViolations(page);
});

test("an account of the other kind, and an uncertified enterprise on a 首贷 product, are told why and where to go", async ({ browser }) => {
  const personal = await signedInPage(browser, DEMO.personal);
  const productId = await openProduct(personal, "抗疫贷", "工商银行");
  await personal.goto(`/products/${productId}/apply`);
  await expect(personal.getByRole("alert").filter({ hasText: "暂不能提交申请" })).toContainText("企业账号");
  await expect(personal.getByRole("button", { name: "立即申请" })).toHaveCount(0);
  await expectNoAccessibilityViolations(personal);
  // The way out leads to the catalogue filtered by the right 类型 (经营快贷: an enterprise product, not 首贷).
  await personal.goto(`/products/${await openProduct(personal, "经营快贷", "工商银行")}/apply`);
  await expect(personal.getByRole("alert").filter({ hasText: "暂不能提交申请" })).toContainText("企业类产品");
  await personal.getByRole("link", { name: "查看个人类产品" }).click();
  await expect(personal).toHaveURL(/\/products\?category=personal$/);
  await expect(personal.getByRole("group", { name: "类型" }).getByRole("link", { name: "个人类" })).toHaveAttribute("aria-current", "true");

  const enterprise = await signedInPage(browser, DEMO.enterprise);
  await enterprise.goto(`/products/${await openProduct(enterprise, "融e借", "工商银行")}/apply`);
  await expect(enterprise.getByRole("alert").filter({ hasText: "暂不能提交申请" })).toContainText("个人用户");
  await enterprise.getByRole("link", { name: "查看企业类产品" }).click();
  await expect(enterprise).toHaveURL(/\/products\?category=enterprise$/);
  await expect(enterprise.getByRole("group", { name: "类型" }).getByRole("link", { name: "企业类" })).toHaveAttribute("aria-current", "true");

  const uncertified = await signedInPage(browser, DEMO.enterpriseUnverified);
  await uncertified.goto(`/products/${productId}/apply`);
  await expect(uncertified.getByRole("alert").filter({ hasText: "暂不能提交申请" })).toContainText("完成企业认证");
  await uncertified.getByRole("link", { name: "前往认证授权" }).click();
  await expect(uncertified).toHaveURL(/\/me\/certification$/);
  await expect(uncertified.getByRole("main").getByRole("link", { name: "添加企业认证" })).toBeVisible();
  await expectNoAccessibilityViolations(uncertified);
});

test("another user's application and another bank's application answer with the not-found page", async ({ browser }) => {
  const personal = await signedInPage(browser, DEMO.personal);
  const productId = await openProduct(personal, "融e借", "工商银行");
  await personal.goto(`/products/${productId}/apply`);
  await personal.getByLabel("申请金额").fill("3");
  await personal.getByLabel("申请期限").fill("3");
  await personal.getByLabel("贷款用途").selectOption({ label: "其他" });
  await personal.getByLabel("申请人身份证号").fill(ID_NUMBER);
  await personal.getByLabel("申请人姓名").fill("张伟");
  await personal.getByLabel("我已阅读并同意《用户授权协议》").check();
  await personal.getByRole("button", { name: "立即申请" }).click();
  const [number, id] = await confirmation(personal);

  const enterprise = await signedInPage(browser, DEMO.enterprise);
  await expectNotFoundPage(enterprise, await enterprise.goto(`/me/applications/${id}`), [number, "张伟"]);
  await expectNotFoundPage(enterprise, await enterprise.goto(`/me/applications/${id}/edit`), [number, "张伟"]);

  const icbc = await signedInPage(browser, DEMO.staffIcbc);
  await openInConsole(icbc, number);
  const qinzhou = await signedInPage(browser, DEMO.staffQinzhou);
  await expectNotFoundPage(qinzhou, await qinzhou.goto(`/org/applications/${id}`), [number, "张伟", ID_NUMBER]);
  await expectNotFoundPage(personal, await personal.goto("/org"), ["机构工作台"]);
});
