import { expect, test } from "@playwright/test";

// Security controls a visitor can see (docs/security.md).
test("the demo server says 演示环境 on every page", async ({ page }) => {
  for (const path of ["/", "/login", "/products"]) {
    await page.goto(path);
    await expect(page.getByRole("note", { name: "演示环境" })).toContainText("演示环境");
  }
});
