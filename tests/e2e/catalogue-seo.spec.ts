import { expect, test } from "@playwright/test";
import { expectNotFoundPage } from "./helpers/not-found";

const robotsOf = (page: import("@playwright/test").Page) => page.locator('meta[name="robots"]').getAttribute("content");
const canonicalOf = (page: import("@playwright/test").Page) => page.locator('link[rel="canonical"]').getAttribute("href");

test("a product page has a Chinese title, description, canonical, Open Graph and LoanOrCredit JSON-LD", async ({ page }) => {
  await page.goto("/products?q=%E6%8A%97%E7%96%AB%E8%B4%B7");
  await page.getByRole("link", { name: "抗疫贷", exact: true }).click();
  const path = new URL(page.url()).pathname;
  expect(await canonicalOf(page)).toMatch(new RegExp(`${path}$`));
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toContain("年化4.05%起");
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain("抗疫贷");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({
    "@context": "https://schema.org",
    "@type": "LoanOrCredit",
    name: "抗疫贷",
    provider: { name: "工商银行" },
    interestRate: { minValue: 4.05 },
    amount: { currency: "CNY", maxValue: 3000000 },
    loanTerm: { maxValue: 12, unitCode: "MON" },
  });
});

test("deep filter combinations are noindex, follow with a canonical to /products", async ({ page }) => {
  await page.goto("/products");
  expect(await robotsOf(page)).toBe("index, follow");
  expect(await canonicalOf(page)).toMatch(/\/products$/);
  await page.goto("/products?bank=%E5%B7%A5%E5%95%86%E9%93%B6%E8%A1%8C");
  expect(await robotsOf(page)).toBe("index, follow");
  await expect(page).toHaveTitle(/工商银行贷款产品/);
  await page.goto("/products?bank=%E5%B7%A5%E5%95%86%E9%93%B6%E8%A1%8C&method=credit&rate=0-5");
  expect(await robotsOf(page)).toBe("noindex, follow");
  expect(await canonicalOf(page)).toMatch(/\/products$/);
});

test("unknown products answer with the not-found page and malformed parameters are ignored", async ({ page, request }) => {
  await expectNotFoundPage(page, await page.goto("/products/no-such-product"));
  await expectNotFoundPage(page, await page.goto("/products/..%2F..%2Fetc"));
  for (const path of [
    "/products?page=-1&amount=abc&sort=%27%3B--&bank=%00&method[]=x&q=" + "x".repeat(500),
    "/products?page=99999",
    "/institutions?sort=evil&region=mars&type=",
    "/first-loan?feature=renewal&page=abc",
  ]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test("sitemap.xml lists the public pages and every product; robots.txt points at it", async ({ request, page }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/products", "/institutions", "/first-loan", "/renewal", "/contact"]) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).toContain("/products?institution=");
  await page.goto("/products");
  const total = Number((await page.getByText(/共找到 \d+ 款产品/).textContent())?.match(/\d+/)?.[0]);
  expect(sitemap.match(/\/products\/[^<]+<\/loc>/g)?.length).toBe(total);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .+\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /me/");
});
