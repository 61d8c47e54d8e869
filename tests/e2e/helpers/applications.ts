import { expect, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./axe";

// Steps of the application flows as a person does them in the browser.

// 金融超市 → search by name → the product's page. Returns the product id.
export async function openProduct(page: Page, name: string, institution: string): Promise<string> {
  await page.goto(`/products?q=${encodeURIComponent(name)}&org=${encodeURIComponent(institution)}`);
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name, exact: true }) }).first();
  await card.getByRole("link", { name: /查看详情/ }).click();
  await expect(page).toHaveURL(/\/products\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/products/")[1];
}

// Ticks 我已阅读并同意《用户授权协议》 through the agreement's dialog, as a careful reader would.
export async function agreeThroughDialog(page: Page) {
  await page.getByRole("link", { name: "《用户授权协议》" }).click();
  const dialog = page.getByRole("dialog", { name: /用户授权协议/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("数据授权协议书");
  await expect(dialog).toContainText("授权事项");
  await dialog.getByRole("button", { name: "我已阅读并同意" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("我已阅读并同意《用户授权协议》")).toBeChecked();
}

// After 提交: the confirmation page with the number. Returns [number, application id].
export async function confirmation(page: Page): Promise<[string, string]> {
  await expect(page).toHaveURL(/\/me\/applications\/[^/]+\/submitted$/);
  await expect(page.getByRole("heading", { level: 1, name: "申请已提交" })).toBeVisible();
  const number = (await page.getByTestId("application-number").textContent())!.trim();
  expect(number).toMatch(/^SQ\d{8}\d{6}$/);
  await expect(page.getByRole("link", { name: "查看申请记录" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const id = page.url().split("/me/applications/")[1].split("/")[0];
  return [number, id];
}

// In the console: open an application by its number from the list.
export async function openInConsole(page: Page, number: string, query = "") {
  await page.goto(`/org/applications${query}`);
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
}

export async function decide(page: Page, button: string, field?: { label: string; value: string }) {
  const form = page.getByRole("form", { name: button });
  if (field) await form.getByLabel(field.label).fill(field.value);
  await form.getByRole("button", { name: button }).click();
  await expect(page.getByRole("status").filter({ hasText: /已/ }).first()).toBeVisible();
}

export function rowOf(page: Page, number: string) {
  return page.getByRole("row").filter({ has: page.getByRole("link", { name: number }) });
}
