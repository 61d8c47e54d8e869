import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login, registerPersonal, uniquePhone } from "./helpers/accounts";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { confirmation, openProduct } from "./helpers/applications";
import { DEMO, signedInPage } from "./helpers/sessions";

// 适老化: one click undoes a submission from its confirmation page within ten minutes (申请, 报名, 融资需求).

test("撤销本次申请 on the confirmation page withdraws the application at once", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.personal);
  const productId = await openProduct(page, "融e借", "工商银行");
  await page.goto(`/products/${productId}/apply`);
  await page.getByLabel("申请金额").fill("8");
  await page.getByLabel("申请期限").fill("12");
  await page.getByLabel("贷款用途").selectOption({ label: "教育" });
  await page.getByLabel("申请人身份证号").fill("620502199003071231");
  await page.getByLabel("申请人姓名").fill("张伟");
  await page.getByLabel("我已阅读并同意《用户授权协议》").check();
  await page.getByRole("button", { name: "立即申请" }).click();
  const [number] = await confirmation(page);
  await expect(page.getByRole("form", { name: "撤销本次申请" })).toContainText("10分钟内可一键撤销");

  await page.getByRole("button", { name: "撤销本次申请" }).click();
  await expect(page.getByRole("status").filter({ hasText: "申请已撤回" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(page.getByRole("main")).toContainText("已撤回");
  await expectNoAccessibilityViolations(page);
});

test("撤销报名 in the 报名成功 notice cancels the registration just made", async ({ page }) => {
  const phone = uniquePhone();
  await registerPersonal(page, phone, DEMO_PASSWORD, "撤销测试用户");
  await login(page, phone, DEMO_PASSWORD);
  await page.goto("/activities?phase=ongoing");
  await page.getByRole("link", { name: "知识产权质押融资政策宣讲会", exact: true }).click();
  await page.getByRole("link", { name: "我要报名" }).click();
  await page.getByLabel("单位名称").fill("个体经营");
  await page.getByRole("button", { name: "提交报名" }).click();
  await expect(page).toHaveURL(/\/me\/activities\?done=registered$/);
  const undo = page.getByRole("form", { name: /^撤销报名/ });
  await expect(undo).toContainText("10分钟内可一键撤销");
  await expectNoAccessibilityViolations(page);

  await undo.getByRole("button", { name: "撤销报名" }).click();
  await expect(page).toHaveURL(/done=cancelled$/);
  await expect(page.getByRole("article").filter({ hasText: "知识产权质押融资政策宣讲会" })).toContainText("您已取消报名");
  await expect(page.getByRole("form", { name: /^撤销报名/ })).toHaveCount(0);
});

test("撤销本次需求 right after 发布 closes the demand at once", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterpriseUnverified);
  await page.goto("/demands/new");
  await expect(page.getByRole("heading", { level: 1, name: "发布融资需求" })).toBeVisible();
  await page.getByLabel("融资金额").fill("30");
  await page.getByLabel("融资期限").fill("12");
  await page.getByLabel("融资用途").fill(`购置农机 ${Date.now()}`);
  await page.getByRole("radiogroup", { name: "融资方式" }).getByLabel("信用").check();
  await page.getByLabel("期望利率（从）").fill("3");
  await page.getByLabel("期望利率（到）").fill("8");
  await page.getByLabel("所属区域").selectOption({ label: "麦积区" });
  await page.getByLabel("真实姓名").fill("赵丽");
  const enterpriseName = page.getByLabel("企业名称");
  if ((await enterpriseName.count()) && !(await enterpriseName.inputValue())) await enterpriseName.fill("天水麦积新禾农业发展有限公司");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await page.getByRole("button", { name: "继续提交需求" }).click();
  await expect(page).toHaveURL(/\/me\/demands\/[^/?]+\?done=created/);
  const number = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/XQ\d+/)?.[0] ?? "";
  expect(number).toMatch(/^XQ\d{14}$/);
  const undo = page.getByRole("form", { name: "撤销本次需求" });
  await expect(undo).toContainText("10分钟内可一键撤销");
  await expectNoAccessibilityViolations(page);

  await undo.getByRole("button", { name: "撤销本次需求" }).click();
  await expect(page).toHaveURL(/done=withdrawn$/);
  await expect(page.getByText("需求已撤回。")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(page.getByRole("main")).toContainText("已关闭");
  await expect(page.getByRole("form", { name: "撤销本次需求" })).toHaveCount(0);
});
