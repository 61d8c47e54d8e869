import { expect, type BrowserContext, type Page } from "@playwright/test";

// 关怀模式 checks as measured in the browser (lib/care, app/globals.css).
export type Mode = "care" | "standard";

export async function useMode(context: BrowserContext, mode: Mode, baseURL: string) {
  await context.addCookies([{ name: "ts_display_mode", value: mode, url: baseURL }]);
}

// Nothing scrolls sideways: the page is no wider than the window.
export async function expectNoHorizontalScroll(page: Page, label: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${label}: scrollWidth ≤ clientWidth`).toBeLessThanOrEqual(client);
}

// 200 % text: the browser's text zoom cannot be emulated, so the root font size is doubled (every
// size on the site is in rem).
export async function doubleRootFontSize(page: Page) {
  await page.evaluate(() => {
    const root = document.documentElement;
    root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
  });
}

// The smallest font size of the visible body text in <main> (paragraphs, list items, table cells).
export async function smallestBodyText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll("main :is(p, li, td, dd)")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (el.textContent ?? "").trim().length > 1 && !el.closest(".sr-only");
      })
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return sizes.length ? Math.min(...sizes) : 0;
  });
}

export async function lineHeightRatio(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const style = getComputedStyle(el);
    return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  });
}

// The smallest box among the targets a selector finds (visible ones only).
export async function smallestTarget(page: Page, selector: string): Promise<{ width: number; height: number; count: number }> {
  return page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
    return {
      width: Math.min(...boxes.map((b) => b.width)),
      height: Math.min(...boxes.map((b) => b.height)),
      count: boxes.length,
    };
  }, selector);
}
