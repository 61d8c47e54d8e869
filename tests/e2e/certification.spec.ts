import { expect, test } from "@playwright/test";
import { REGISTRY_ENTERPRISES } from "../../prisma/seed/people";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { agreeThroughDialog, confirmation, openProduct } from "./helpers/applications";
import { login, passHumanCheck, requestSmsCode, uniquePhone } from "./helpers/accounts";

const PASSWORD = "Tianshui#Maiji9";
// A registry-only enterprise (no seeded account uses it): whoever registers with it can pass 企业认证.
const company = REGISTRY_ENTERPRISES.at(-1)!;

test.use({ viewport: { width: 390, height: 844 } });

test("a new enterprise registers, fails 企业认证 on a wrong 法人姓名, retries, is 已认证 and submits a 首贷 application", async ({ page }) => {
  const phone = uniquePhone();
  await page.goto("/register");
  await page.getByRole("radio", { name: "企业注册" }).check();
  await page.getByLabel("手机号", { exact: true }).fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("企业名称", { exact: true }).fill(company.name);
  await page.getByLabel("统一社会信用代码", { exact: true }).fill(company.uscc);
  await page.getByLabel("短信验证码", { exact: true }).fill(await requestSmsCode(page, phone));
  await page.getByLabel("我已阅读并同意《平台服务协议》").check();
  await passHumanCheck(page);
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?registered=1/);
  await login(page, phone, PASSWORD);

  await page.goto("/me/certification");
  const card = page.getByTestId("enterprise-certification");
  await expect(card).toContainText("未认证");
  await expectNoAccessibilityViolations(page);
  await card.getByRole("link", { name: "添加企业认证" }).click();
  await expect(page.getByLabel("企业名称")).toHaveValue(company.name);
  await page.getByLabel("法人姓名").fill("张冒名");
  await page.getByLabel("法人身份证号码").fill(company.legalRepIdNumber);
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByRole("main")).toContainText("认证失败：法人姓名与登记信息不一致，请核对后重新提交（今日还可尝试2次）");
  await expect(page.getByLabel("法人姓名")).toHaveAttribute("aria-invalid", "true");
  await expectNoAccessibilityViolations(page);

  // What was typed is kept: only the wrong field is corrected.
  await expect(page.getByLabel("法人身份证号码")).toHaveValue(company.legalRepIdNumber);
  await page.getByLabel("法人姓名").fill(company.legalRepName);
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/me\/certification\?done=enterprise$/, { timeout: 20_000 });
  await expect(card).toContainText("已认证");
  await expect(card).toContainText(`${company.legalRepIdNumber.slice(0, 6)}********${company.legalRepIdNumber.slice(14)}`);
  await expect(card).not.toContainText(company.legalRepIdNumber);
  await expectNoAccessibilityViolations(page);

  // The 首贷 gate now lets the enterprise apply.
  await page.goto(`/products/${await openProduct(page, "抗疫贷", "工商银行")}/apply`);
  await expect(page.getByLabel("企业名称")).toHaveValue(company.name);
  await page.getByLabel("申请金额").fill("100");
  await page.getByLabel("申请期限").fill("12");
  await page.getByLabel("贷款用途").selectOption({ label: "经营周转" });
  await page.getByLabel("联系人姓名").fill(company.legalRepName);
  await page.getByLabel("年收入").fill("300");
  await page.getByRole("radiogroup", { name: "当前有无被执行信息" }).getByLabel("无").check();
  await page.getByRole("radiogroup", { name: "近两年银行逾期情况" }).getByLabel("无").check();
  await page.getByLabel(/本企业未在任何金融机构获取过贷款/).check();
  await agreeThroughDialog(page);
  await page.getByRole("button", { name: "立即申请" }).click();
  await confirmation(page);
});
