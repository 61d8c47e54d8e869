import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { expectNotFoundPage } from "./helpers/not-found";
import { DEMO, loginHere, signedInPage } from "./helpers/sessions";

// 发布融资需求 (manual 2.7) end to end: an enterprise publishes from 首页's floating button, sees the
// matched products, goes back to edit, submits, finds the demand in 我的需求; 工商银行's staff take it
// up and report 对接成功; the enterprise sees the outcome and the messages.
test.describe.configure({ mode: "serial" });

let demandUrl = "";
let number = "";
const purpose = `扩大生产，购置设备 ${Date.now()}`;

test("an enterprise publishes a demand from the floating button, sees the matches and finds it in 我的需求", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise);
  await page.goto("/");
  await page.getByRole("link", { name: "发布需求", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "发布融资需求" })).toBeVisible();
  await expect(page.getByLabel("企业名称")).not.toHaveValue("");
  await expectNoAccessibilityViolations(page);

  // Bad input: a message beside each field, nothing typed is lost.
  await page.getByLabel("融资金额").fill("abc");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByLabel("融资金额")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("融资金额须为数字，最多两位小数")).toBeVisible();

  await page.getByLabel("融资金额").fill("50");
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

  const question = page.getByRole("heading", { name: "为您匹配到以下产品，是否继续提交需求?" });
  await expect(question).toBeVisible();
  const matches = page.getByRole("region", { name: "为您匹配到以下产品，是否继续提交需求?" });
  const details = matches.getByRole("link", { name: /查看详情/ });
  if (await details.count()) {
    await expect(details.first()).toHaveAttribute("target", "_blank");
    await expect(matches).toContainText("最低利率");
    await expect(matches).toContainText("工商银行");
  } else {
    await expect(matches).toContainText("暂未匹配到完全符合条件的产品");
  }
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "返回修改" }).click();
  await expect(page.getByLabel("融资用途")).toHaveValue(purpose);
  await expect(page.getByLabel("融资金额")).toHaveValue("50");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await page.getByRole("button", { name: "继续提交需求" }).click();

  await expect(page).toHaveURL(/\/me\/demands\/[^/?]+\?done=created/);
  await expect(page.getByText("需求已提交")).toBeVisible();
  demandUrl = page.url().split("?")[0];
  number = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/XQ\d+/)?.[0] ?? "";
  expect(number).toMatch(/^XQ\d{14}$/);
  await expect(page.getByRole("main")).toContainText(purpose);
  await expectNoAccessibilityViolations(page);

  await page.goto("/me/demands");
  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("50万");
  await expect(row).toContainText("12个月");
  await expect(row).toContainText("信用");
  await expect(row).toContainText("工商银行");
  await expect(row).toContainText("待对接");
  await expectNoAccessibilityViolations(page);
});

test("工商银行 staff take the demand up and report 对接成功; another bank cannot open it", async ({ browser }) => {
  const other = await signedInPage(browser, DEMO.staffQinzhou);
  const id = demandUrl.split("/").pop()!;
  await expectNotFoundPage(other, await other.goto(`/org/demands/${id}`), [purpose]);

  const page = await signedInPage(browser, DEMO.staffIcbc);
  await page.goto("/org");
  await page.getByRole("link", { name: "融资需求" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "融资需求" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("main")).toContainText("****");
  await expect(page.getByRole("main")).not.toContainText("王建国");
  await page.getByRole("button", { name: "接单" }).click();
  await expect(page.getByText("接单成功")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("王建国");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("授信/放款金额").fill("50");
  await page.getByRole("button", { name: "确认对接成功" }).click();
  await expect(page.getByText("已反馈对接成功")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("对接成功");
});

test("the enterprise sees 对接成功 with the institution, and every change in 消息中心 (phone size)", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.enterprise, { viewport: { width: 390, height: 844 } });
  await page.goto(demandUrl);
  await expect(page.getByRole("main")).toContainText("对接成功");
  await expect(page.getByRole("main")).toContainText("工商银行");
  await expect(page.getByRole("main")).toContainText("授信/放款金额 50万");
  await expectNoAccessibilityViolations(page);
  await page.goto("/me/messages");
  await expect(page.getByRole("main")).toContainText("需求：对接成功");
  await expect(page.getByRole("main")).toContainText("需求：对接中");
  await page.goto("/demands/new");
  await expectNoAccessibilityViolations(page);
});

test("a visitor goes through login and comes back to the form", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "发布需求", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdemands%2Fnew/);
  await loginHere(page, DEMO.personal);
  await expect(page.getByRole("heading", { level: 1, name: "发布融资需求" })).toBeVisible();
  // a personal account publishes only as 个人
  await expect(page.getByRole("radiogroup", { name: "企业/个人" }).getByRole("radio")).toHaveCount(1);
  await expect(page.getByRole("radiogroup", { name: "企业/个人" }).getByLabel("个人")).toBeChecked();
});

test("without JavaScript: 提交 shows the matches, 返回修改 keeps everything, 继续提交需求 stores the demand", async ({ browser }) => {
  const page = await signedInPage(browser, DEMO.personal, { javaScriptEnabled: false });
  const text = `个体门店装修 ${Date.now()}`;
  await page.goto("/demands/new");
  await page.getByLabel("融资金额").fill("20");
  await page.getByLabel("融资期限").fill("12");
  await page.getByLabel("融资用途").fill(text);
  await page.getByLabel("期望利率（从）").fill("2");
  await page.getByLabel("期望利率（到）").fill("12");
  await page.getByLabel("所属区域").selectOption({ label: "麦积区" });
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByRole("heading", { name: "为您匹配到以下产品，是否继续提交需求?" })).toBeVisible();
  await page.getByRole("button", { name: "返回修改" }).click();
  await expect(page.getByLabel("融资用途")).toHaveValue(text);
  await expect(page.getByLabel("所属区域")).toHaveValue("MAIJI");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await page.getByRole("button", { name: "继续提交需求" }).click();
  await expect(page).toHaveURL(/\/me\/demands\/[^/?]+\?done=created/);
  await expect(page.getByRole("main")).toContainText(text);
  await expect(page.getByRole("main")).toContainText("待对接");
});
