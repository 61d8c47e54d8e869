import { expect, test, type Page } from "@playwright/test";
import { login, uniquePhone } from "./helpers/accounts";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { DEMO, signedInPage } from "./helpers/sessions";

// 金融办 supervision as new users meet it: the admin creates an institution and its 管理员 account; the staff
// member logs in with the one-time password from the SMS, sets an own password, creates a product and
// submits it; the admin approves it; a visitor finds it on 金融超市; a live edit shows at once; a disabled
// account is told why at login.

async function oneTimePassword(page: Page, phone: string): Promise<string> {
  const sms = await page.context().newPage();
  try {
    await sms.goto("/dev/sms");
    const text = (await sms.locator(`li[data-phone="${phone}"]`).first().textContent()) ?? "";
    const otp = /临时密码(\S+?)，/.exec(text)?.[1];
    if (!otp) throw new Error(`no one-time password for ${phone} in: ${text}`);
    return otp;
  } finally {
    await sms.close();
  }
}

test("institution → staff account → first login → product → review → public catalogue", async ({ browser }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const institutionName = `天水测试村镇银行${tag}`;
  const productName = `陇原创业贷${tag}`;
  const phone = uniquePhone();

  // 金融办: 新增机构, 新增机构人员 (管理员), 发布机构.
  const admin = await signedInPage(browser, DEMO.admin);
  await admin.goto("/admin/institutions");
  await admin.getByRole("link", { name: "新增机构" }).click();
  await expect(admin).toHaveURL(/\/admin\/institutions\/new$/);
  const newInstitution = admin.getByRole("form", { name: "保存机构" });
  await newInstitution.getByLabel("机构名称").fill(institutionName);
  await newInstitution.getByRole("group", { name: "服务区域" }).getByLabel("秦州区").check();
  await newInstitution.getByLabel("联系电话").fill("0938-8210000");
  await newInstitution.getByLabel("机构介绍").fill("服务天水小微企业的测试银行。");
  await admin.getByRole("button", { name: "保存机构" }).click();
  await expect(admin.getByText("机构已保存，当前未发布")).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1, name: institutionName })).toBeVisible();

  const staffForm = admin.getByRole("form", { name: "新增机构人员" });
  await staffForm.getByLabel("手机号").fill(phone);
  await staffForm.getByLabel("姓名").fill("新管理员");
  await staffForm.getByLabel("管理员").check();
  await staffForm.getByRole("button", { name: "新增并发送临时密码" }).click();
  await expect(admin.getByText("机构人员已添加，临时密码已通过短信发送")).toBeVisible();
  await expect(admin.getByRole("table", { name: "机构人员" })).toContainText("待首次登录设置密码");
  await admin.getByRole("button", { name: "发布机构" }).click();
  await expect(admin.getByText("机构已发布")).toBeVisible();
  await expectNoAccessibilityViolations(admin);

  // The staff member: one-time password, then an own password before anything else.
  const staffContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN" });
  const staff = await staffContext.newPage();
  const otp = await oneTimePassword(staff, phone);
  await login(staff, phone, otp);
  await expect(staff).toHaveURL(/\/account\/set-password$/);
  await staff.goto("/org/products");
  await expect(staff).toHaveURL(/\/account\/set-password$/);
  await staff.getByLabel("新密码", { exact: true }).fill("Maiji#2027ab");
  await staff.getByLabel("确认密码").fill("Maiji#2027ab");
  await staff.getByRole("button", { name: "保存新密码" }).click();
  await expect(staff).toHaveURL(/\/org(\?password=set)?$/);

  // 产品管理 → 新增产品 → 预览 → 提交发布.
  await staff.getByRole("navigation", { name: "机构工作台菜单" }).getByRole("link", { name: "产品管理" }).click();
  await staff.getByRole("link", { name: "新增产品" }).click();
  await expect(staff).toHaveURL(/\/org\/products\/new$/);
  const newProduct = staff.getByRole("form", { name: "保存草稿" });
  await newProduct.getByLabel("产品名称").fill(productName);
  await newProduct.getByRole("group", { name: "融资方式" }).getByLabel("信用").check();
  await newProduct.getByLabel("最低利率").fill("3.95");
  await newProduct.getByLabel("最高额度").fill("200");
  await newProduct.getByLabel("最长期限").fill("24");
  await newProduct.getByRole("group", { name: "地区" }).getByLabel("秦州区").check();
  await newProduct.getByLabel("适用地区").fill("天水市秦州区");
  await newProduct.getByLabel("产品特点").fill("纯信用，线上申请");
  await newProduct.getByLabel("产品介绍").fill("面向秦州区小微企业主的信用贷款。");
  await newProduct.getByLabel("还款方式").fill("按月付息，到期还本");
  await newProduct.getByLabel("提前还款").fill("可提前还款");
  await staff.getByRole("button", { name: "保存草稿" }).click();
  await expect(staff.getByText("产品已保存为草稿")).toBeVisible();
  await expect(staff.getByRole("heading", { name: "预览（公开页面效果）" })).toBeVisible();
  await expectNoAccessibilityViolations(staff);
  const productUrl = new URL(staff.url());
  const productId = productUrl.pathname.split("/").pop()!;
  await staff.getByRole("button", { name: "提交发布" }).click();
  await expect(staff.getByText("已提交发布")).toBeVisible();

  // Not public before the review.
  const visitor = await browser.newPage();
  await visitor.goto(`/products/${productId}`);
  await expect(visitor.getByRole("heading", { level: 1, name: productName })).toHaveCount(0);

  // 金融办: 产品审核 → 通过并发布.
  await admin.goto("/admin/products");
  await admin.getByRole("link", { name: productName }).click();
  await admin.getByRole("button", { name: "通过并发布" }).click();
  await expect(admin.getByText("审核通过，产品已在金融超市上线")).toBeVisible();

  await visitor.goto(`/products/${productId}`);
  await expect(visitor.getByRole("heading", { level: 1, name: productName })).toBeVisible();
  await expect(visitor.getByText(institutionName).first()).toBeVisible();

  // A published product's edit is live at once.
  await staff.goto(`/org/products/${productId}`);
  await staff.getByRole("form", { name: "保存修改" }).getByLabel("产品名称").fill(`${productName}（升级版）`);
  await staff.getByRole("button", { name: "保存修改" }).click();
  await expect(staff.getByText("金融超市中的产品页面已同步更新")).toBeVisible();
  await visitor.goto(`/products/${productId}`);
  await expect(visitor.getByRole("heading", { level: 1, name: `${productName}（升级版）` })).toBeVisible();

  // Unpublishing the institution takes its product off the catalogue at once.
  await admin.goto("/admin/institutions");
  await admin.getByRole("link", { name: institutionName }).click();
  // 下架 asks for a ticked confirmation first (the server refuses without it).
  await admin.locator("summary", { hasText: "下架机构" }).click();
  await admin.getByRole("button", { name: "确认下架" }).click();
  await expect(admin.getByText("请确认下架该机构")).toBeVisible();
  await admin.getByLabel("我确认下架该机构").check();
  await admin.getByRole("button", { name: "确认下架" }).click();
  await expect(admin.getByText("机构已下架")).toBeVisible();
  await visitor.goto(`/products/${productId}`);
  await expect(visitor.getByRole("heading", { level: 1, name: `${productName}（升级版）` })).toHaveCount(0);

  // 停用: the session ends at once and the login page says why.
  await admin.locator("summary", { hasText: "停用" }).first().click();
  await admin.getByLabel("停用原因").fill("人员已调岗");
  await admin.getByRole("button", { name: "确认停用" }).click();
  await expect(admin.getByText("账号已停用，其登录已全部失效")).toBeVisible();
  await staff.goto("/org");
  await expect(staff).toHaveURL(/\/login/);
  await staff.getByLabel("账号", { exact: true }).fill(phone);
  await staff.getByLabel("密码", { exact: true }).fill("Maiji#2027ab");
  const box = staff.getByLabel("验证码", { exact: true });
  if (!(await box.isChecked())) await box.check({ force: true }).catch(() => {});
  await expect(box).toBeChecked({ timeout: 30_000 });
  await staff.getByRole("button", { name: "登录", exact: true }).click();
  await expect(staff.getByText(/该账号已被停用，原因：人员已调岗/).first()).toBeVisible();
  await staffContext.close();
});

test("the supervision pages are not found for staff and applicants", async ({ browser }) => {
  for (const phone of [DEMO.staffIcbc, DEMO.personal]) {
    const page = await signedInPage(browser, phone);
    for (const path of ["/admin/institutions", "/admin/users", "/admin/products", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
    expect((await page.request.get("/admin/audit/export.xlsx")).status()).toBe(404);
    await page.context().close();
  }
});

test("审计日志: filter, 导出 Excel of the filtered rows, and the export is itself in the log", async ({ browser }) => {
  const admin = await signedInPage(browser, DEMO.admin);
  await admin.goto("/admin/audit");
  await admin.getByLabel("操作类型").selectOption({ label: "登录与退出" });
  await admin.getByRole("button", { name: "筛选" }).click();
  await expect(admin).toHaveURL(/action=auth\./);
  await expect(admin.getByText(/最多 10,000 条/)).toBeVisible();
  await expect(admin.getByRole("region", { name: "审计日志" })).toContainText("auth.login.success");
  await expectNoAccessibilityViolations(admin);

  const download = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "导出 Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);

  await admin.goto("/admin/audit?action=audit.");
  await expect(admin.getByRole("region", { name: "审计日志" })).toContainText("audit.export");

  // 操作人手机号 is posted: the list comes back filtered by the account's id; the number is in no URL.
  await admin.getByRole("textbox", { name: "操作人手机号" }).fill("13800000000");
  await admin.getByRole("button", { name: "按手机号查找" }).click();
  await expect(admin.getByText("未找到使用该手机号的账号，请核对后重新输入")).toBeVisible();
  await expect(admin.getByRole("textbox", { name: "操作人手机号" })).toHaveValue("13800000000");
  expect(admin.url()).not.toContain("13800000000");
  await admin.getByRole("textbox", { name: "操作人手机号" }).fill(DEMO.admin);
  await admin.getByRole("button", { name: "按手机号查找" }).click();
  await expect(admin).toHaveURL(/[?&]actor=[a-z0-9]+/);
  expect(admin.url()).not.toContain(DEMO.admin);
  expect(new URL(admin.url()).searchParams.get("action")).toBe("audit.");
  await expect(admin.getByText(`当前操作人：`)).toContainText(`${DEMO.admin.slice(0, 3)}****${DEMO.admin.slice(7)}`);
  const exportHref = await admin.getByRole("link", { name: "导出 Excel" }).getAttribute("href");
  expect(exportHref).toMatch(/actor=[a-z0-9]+/);
  expect(exportHref).not.toContain(DEMO.admin);
  await expectNoAccessibilityViolations(admin);
  await admin.getByRole("link", { name: "清除操作人" }).click();
  await expect(admin).not.toHaveURL(/actor=/);
  await admin.context().close();
});
