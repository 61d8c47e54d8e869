import { expect, test } from "@playwright/test";
import { staffPhone } from "../../prisma/seed/accounts";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { agreeThroughDialog, confirmation, decide, openInConsole, openProduct } from "./helpers/applications";
import { DEMO, signedInPage } from "./helpers/sessions";

const inDays = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + days * 86_400_000));

test("a 续贷 application from 续贷中心 reaches the chosen 贷款机构", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise);
  await page.goto("/renewal");
  await page.getByRole("link", { name: "提交续贷申请" }).first().click();
  await expect(page).toHaveURL(/\/renewal\/apply$/);
  await expect(page.getByRole("heading", { level: 1, name: "续贷申请" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // (Scoped to the form: 续贷中心, left by a link, stays in the page hidden, with its own 贷款利率 filter.)
  const form = page.getByRole("form", { name: "续贷申请" });
  await form.getByLabel("贷款金额").fill("260");
  await form.getByLabel("贷款期限").fill("12");
  await form.getByLabel("到期日").fill(inDays(25));
  await form.getByRole("radiogroup", { name: "融资方式" }).getByLabel("信用").check();
  await form.getByLabel("贷款利率").fill("4.35");
  await page.getByLabel("贷款机构").selectOption({ label: "天水秦州农村合作银行" });
  await page.getByRole("radiogroup", { name: "是否接受其他金融机构" }).getByLabel("否").check();
  await page.getByLabel("所属区域").selectOption({ label: "秦州区" });
  await expect(page.getByLabel("企业名称")).toHaveValue("天水示范科技有限公司");
  await page.getByLabel("真实姓名").fill("王建国");
  await page.getByRole("radiogroup", { name: "性别" }).getByLabel("先生").check();
  await agreeThroughDialog(page);
  await page.getByRole("button", { name: "提交" }).click();
  const [number] = await confirmation(page);

  const staff = await signedInPage(browser, DEMO.staffQinzhou);
  await openInConsole(staff, number, "?kind=RENEWAL");
  await expect(staff.getByRole("region", { name: "申请信息" })).toContainText("是否接受其他金融机构");
  await expectNoAccessibilityViolations(staff);
  await decide(staff, "受理");
  await expect(staff.getByRole("main")).toContainText("已受理");
});

test("转贷业务 explains the service; an application reaches the designated guarantee company", async ({ page, browser }) => {
  await page.goto("/bridge-loan");
  await expect(page.getByRole("heading", { level: 1, name: "转贷业务" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "什么是转贷（过桥）服务" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "申请条件" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "费用说明" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("天水市融资担保有限公司");
  await expect(page.getByRole("link", { name: "登录企业账号" })).toHaveAttribute("href", "/login?callbackUrl=%2Fbridge-loan");
  await expectNoAccessibilityViolations(page);

  const enterprise = await signedInPage(browser, DEMO.enterprise);
  await enterprise.goto("/bridge-loan");
  await enterprise.getByLabel("联系人姓名").fill("王建国");
  await enterprise.getByLabel("贷款机构").selectOption({ label: "建设银行" });
  await enterprise.getByLabel("贷款金额").fill("500");
  await enterprise.getByLabel("贷款期限").fill("12");
  await enterprise.getByLabel("到期日").fill(inDays(7));
  await enterprise.getByLabel("转贷金额").fill("600");
  await enterprise.getByLabel("需用天数").fill("10");
  await enterprise.getByLabel("我已阅读并同意《用户授权协议》").check();
  await enterprise.getByRole("button", { name: "提交转贷申请" }).click();
  await expect(enterprise.locator("#bridgeAmount-error")).toHaveText("转贷金额不能超过到期贷款金额");
  await enterprise.getByLabel("转贷金额").fill("300");
  await enterprise.getByRole("button", { name: "提交转贷申请" }).click();
  const [number] = await confirmation(enterprise);

  const guarantee = await signedInPage(browser, staffPhone("天水市融资担保有限公司"));
  await openInConsole(guarantee, number, "?kind=BRIDGE");
  await expect(guarantee.getByRole("region", { name: "申请信息" })).toContainText("300万");
  await expect(guarantee.getByRole("region", { name: "申请信息" })).toContainText("10天");
});

test("a question asked on a product page is answered by the bank's staff; the user sees it and gets a message", async ({ browser }) => {
  const user = await signedInPage(browser, DEMO.personal);
  await openProduct(user, "融e借", "工商银行");
  const question = `请问融e借可以提前还款吗？（${Date.now()}）`;
  await user.getByLabel("咨询内容").fill(question);
  await user.getByRole("button", { name: "提交咨询" }).click();
  await expect(user.getByRole("status").filter({ hasText: "咨询已提交" })).toBeVisible();
  await expectNoAccessibilityViolations(user);

  const staff = await signedInPage(browser, DEMO.staffIcbc);
  await staff.goto("/org/consultations?state=open");
  await expectNoAccessibilityViolations(staff);
  await staff.getByRole("link", { name: question }).click();
  await staff.getByLabel("回复内容").fill("可以，提前还款不收取违约金。");
  await staff.getByRole("button", { name: "发送回复" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "回复已发送" })).toBeVisible();
  await expectNoAccessibilityViolations(staff);

  await user.goto("/me/consultations");
  const item = user.getByRole("listitem").filter({ hasText: question });
  await expect(item).toContainText("可以，提前还款不收取违约金。");
  await expectNoAccessibilityViolations(user);
  await user.goto("/me/messages");
  await expect(user.getByRole("article").filter({ hasText: "提前还款不收取违约金" }).first()).toBeVisible();
});
