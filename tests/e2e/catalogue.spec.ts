import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./helpers/axe";

test("from 首页 to 抗疫贷 through 金融超市 with 工商银行 and 信用", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/天水市智慧金融服务平台/);
  const figures = page.getByRole("main").locator("dl").first();
  await expect(figures).toContainText("入驻机构");
  await expect(figures).toContainText("累计放款金额");
  await expect(page.getByRole("link", { name: "发布需求" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("navigation", { name: "主导航", exact: true }).getByRole("link", { name: "金融超市" }).click();
  await expect(page).toHaveURL(/\/products$/);
  await expect(page.getByRole("heading", { level: 1, name: "金融超市" })).toBeVisible();
  await expect(page.getByText(/共找到 \d+ 款产品/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("group", { name: "银行" }).getByRole("link", { name: "工商银行", exact: true }).click();
  await expect(page).toHaveURL(/bank=/);
  const bank = page.getByRole("group", { name: "银行" }).getByRole("link", { name: "工商银行", exact: true });
  await expect(bank).toHaveAttribute("aria-current", "true");
  await page.getByRole("group", { name: "方式" }).getByRole("link", { name: "信用", exact: true }).click();
  await expect(page).toHaveURL(/method=credit/);
  await expect(page.getByRole("group", { name: "方式" }).getByRole("link", { name: "信用", exact: true })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(page.getByRole("group", { name: "银行" }).getByRole("link", { name: "工商银行", exact: true })).toHaveAttribute(
    "aria-current",
    "true",
  );
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: "抗疫贷", exact: true }) });
  await expect(card).toContainText("工商银行");
  await expect(card).toContainText("2020-07-08");
  await expect(card).toContainText("年化4.05%起");
  await expect(card).toContainText("最长期限：12个月");
  await expect(card).toContainText("最高额度：300万");
  await expect(card).toContainText("融资方式：信用");
  await expect(card.getByRole("link", { name: /立即申请/ })).toHaveAttribute("href", /^\/products\/[^/]+\/apply$/);
  await expectNoAccessibilityViolations(page);

  await card.getByRole("link", { name: /查看详情/ }).click();
  await expect(page).toHaveURL(/\/products\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "抗疫贷" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("年化4.05%起");
  await expect(main).toContainText("300万");
  await expect(main).toContainText("12个月");
  await expect(main).toContainText("满足企业疫情防控期间的资金周转需求");
  for (const heading of ["产品介绍", "还款说明", "准入条件", "所需材料", "适用地区", "对接情况"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  for (const label of ["还款方式", "提前还款", "年龄要求", "经营要求", "工作要求", "资产要求", "收入要求"]) {
    await expect(main.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(page).toHaveTitle("抗疫贷 - 工商银行 - 天水市智慧金融服务平台");
  await expectNoAccessibilityViolations(page);
  await main.getByRole("link", { name: "工商银行", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("工商银行 · 金融产品");
});

test("金融机构 sorted by 累计放款金额 opens 天水秦州农村合作银行's products", async ({ page }) => {
  await page.goto("/institutions");
  await expect(page.getByRole("heading", { level: 1, name: "金融机构" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "累计放款金额排序" }).click();
  await expect(page).toHaveURL(/sort=lending/);
  await expect(page.getByRole("link", { name: "累计放款金额排序" })).toHaveAttribute("aria-current", "true");
  const first = page.getByRole("article").first();
  await expect(first).toContainText("天水秦州农村合作银行");
  await expect(first).toContainText("14款");
  await expect(first).toContainText("93笔");
  await expect(first).toContainText("23249万");
  await first.getByRole("link", { name: "天水秦州农村合作银行" }).click();
  await expect(page).toHaveURL(/\/products\?institution=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("天水秦州农村合作银行 · 金融产品");
  await expect(page.getByText("共找到 14 款产品")).toBeVisible();
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(10);
  for (const text of await cards.allTextContents()) expect(text).toContain("天水秦州农村合作银行");
  await page.getByRole("navigation", { name: "产品列表分页" }).getByRole("link", { name: "第2页" }).click();
  await expect(page.getByRole("article")).toHaveCount(4);
});

test("金融机构 filters by 服务区域 and 机构类型", async ({ page }) => {
  await page.goto("/institutions");
  await page.getByRole("group", { name: "机构类型" }).getByRole("link", { name: "担保", exact: true }).click();
  await expect(page).toHaveURL(/type=guarantee/);
  await expect(page.getByRole("group", { name: "机构类型" }).getByRole("link", { name: "担保" })).toHaveAttribute("aria-current", "true");
  for (const text of await page.getByRole("article").allTextContents()) expect(text).toContain("担保");
  await page.getByRole("group", { name: "服务区域" }).getByRole("link", { name: "甘谷县" }).click();
  await expect(page).toHaveURL(/region=gangu/);
  await expect(page).toHaveURL(/type=guarantee/);
});

test("首贷中心 and 续贷中心 explain the policy, list their products and offer their action", async ({ page }) => {
  await page.goto("/first-loan");
  await expect(page.getByRole("heading", { level: 1, name: "首贷中心" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("从来没有在任何金融机构获得过贷款");
  await expect(page.getByRole("link", { name: "发布首贷需求" })).toHaveAttribute("href", "/demands/new?type=first-loan");
  await expect(page.getByRole("group", { name: "特色" })).toHaveCount(0);
  await expect(page.getByRole("article").first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto("/renewal");
  await expect(page.getByRole("heading", { level: 1, name: "续贷中心" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("不用先筹钱还清旧贷款");
  await expect(page.getByRole("link", { name: "提交续贷申请" })).toHaveAttribute("href", "/renewal/apply");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.getByRole("group", { name: "方式" }).getByRole("link", { name: "抵押", exact: true }).click();
  await expect(page).toHaveURL(/\/renewal\?method=mortgage$/);
  await expectNoAccessibilityViolations(page);
});

test("an empty result offers 重置筛选, and sorts keep the filters", async ({ page }) => {
  await page.goto("/products?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E4%BA%A7%E5%93%81&method=credit");
  await expect(page.getByText("没有找到符合条件的产品")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "重置筛选" }).click();
  await expect(page).toHaveURL(/\/products$/);
  await page.getByRole("group", { name: "方式" }).getByRole("link", { name: "质押", exact: true }).click();
  await expect(page).toHaveURL(/method=pledge/);
  await page.getByRole("link", { name: "利率低" }).click();
  await expect(page).toHaveURL(/method=pledge&sort=rate/);
  const rates = (await page.getByRole("article").locator("strong").allTextContents()).map((t) => parseFloat(t));
  expect(rates.length).toBeGreaterThan(0);
  expect([...rates].sort((a, b) => a - b)).toEqual(rates);
});
