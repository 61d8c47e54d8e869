// Screenshots for docs/accessibility.md: three pages on a 390 px phone in 标准模式 and 关怀模式.
// Usage: node scripts/care-screenshots.mjs http://127.0.0.1:3000 (a running server with the seed).
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const listing = await (await fetch(`${base}/news/policies`)).text();
const policy = /href="(\/news\/policies\/[A-Za-z0-9_-]+)"/.exec(listing)?.[1] ?? "/news/policies";
const pages = { home: "/", products: "/products", policy };
for (const mode of ["standard", "care"]) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: "zh-CN" });
  await context.addCookies([{ name: "ts_display_mode", value: mode, url: base }]);
  const page = await context.newPage();
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(base + path);
    await page.screenshot({ path: `docs/img/${name}-${mode}.png` });
  }
  await context.close();
}
await browser.close();
