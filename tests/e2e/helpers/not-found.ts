import { expect, type Page, type Response } from "@playwright/test";

// A record that does not exist or is not the user's: the not-found page, kept out of search engines,
// and nothing of the record. With Cache Components the status is sent before the page renders, so
// such a page answers 200 (docs/architecture.md, "soft 404"); an unknown URL still answers 404.
export async function expectNotFoundPage(page: Page, response: Response | null, absent: string[] = []) {
  expect([200, 404]).toContain(response?.status());
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  for (const text of absent) await expect(page.getByRole("main")).not.toContainText(text);
}
