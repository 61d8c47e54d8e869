import { expect, test } from "@playwright/test";
import { forgedHtml, samplePng } from "../helpers/file-samples";
import { expectNoAccessibilityViolations } from "./helpers/axe";
import { login, registerPersonal, requestSmsCode, uniquePhone } from "./helpers/accounts";

const PASSWORD = "Tianshui#Qinzhou7";
const ID = "620502199205161227";
const png = (name: string) => ({ name, mimeType: "image/png", buffer: samplePng() });

test.use({ viewport: { width: 390, height: 844 } });

async function stepOne(page: import("@playwright/test").Page, phone: string) {
  await page.getByLabel("身份证人像面照片", { exact: true }).setInputFiles(png("人像面.png"));
  await expect(page.getByText("人像面.png", { exact: true })).toBeVisible();
  await page.getByLabel("身份证国徽面照片", { exact: true }).setInputFiles(png("国徽面.png"));
  await expect(page.getByText("国徽面.png", { exact: true })).toBeVisible();
  await expect(page.getByText(/已上传/)).toHaveCount(2);
  await page.getByLabel("姓名", { exact: true }).fill("王小燕");
  await page.getByLabel("身份证号码").fill(ID);
  await page.getByLabel("短信验证码", { exact: true }).fill(await requestSmsCode(page, phone));
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/face-mock\?BizToken=/);
  await expect(page.getByRole("heading", { name: "FaceID 互联网身份验证服务" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("王**");
}

test("a personal user completes 个人认证 through the mock face check: a refused file, a failed comparison, 重新认证, 已认证", async ({ page }) => {
  test.setTimeout(330_000);
  const phone = uniquePhone();
  await registerPersonal(page, phone, PASSWORD, "王小燕");
  await login(page, phone, PASSWORD);

  await page.goto("/me/certification");
  const card = page.getByTestId("personal-certification");
  await expect(card).toContainText("未认证");
  await card.getByRole("link", { name: "添加个人认证" }).click();
  await expect(page.getByRole("main")).toContainText("当前步骤：个人基础信息输入");
  await expectNoAccessibilityViolations(page);

  // An HTML page called photo.jpg is refused by its bytes, beside the field.
  const front = page.getByLabel("身份证人像面照片", { exact: true });
  await expect(front).toHaveAttribute("accept", /image\/png/);
  await expect(front).toHaveAttribute("capture", "environment");
  await front.setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: forgedHtml() });
  await expect(page.getByRole("alert").filter({ hasText: "文件内容与格式不符" })).toContainText("无法识别的格式");
  await expect(front).toHaveAttribute("aria-invalid", "true");

  await page.waitForTimeout(61_000); // the registration's SMS code was sent less than a minute ago
  await stepOne(page, phone);
  await page.getByRole("button", { name: "比对失败" }).click();
  await expect(page).toHaveURL(/\/me\/certification\?done=personal$/);
  await expect(card).toContainText("认证失败");
  await expect(page.getByRole("main")).toContainText("人脸比对未通过");
  await expectNoAccessibilityViolations(page);

  // 重新认证 starts again from step 1 with new photos (and a new SMS code: one a minute).
  await page.waitForTimeout(61_000);
  await card.getByRole("link", { name: "重新认证" }).click();
  await stepOne(page, phone);
  await page.getByRole("button", { name: "开始比对" }).click();
  await page.getByRole("button", { name: "比对成功" }).click();
  await expect(page).toHaveURL(/\/me\/certification\?done=personal$/);
  await expect(page.getByRole("main")).toContainText("核验完成：个人认证已通过");
  await expect(card).toContainText("已认证");
  await expect(card).toContainText(`${ID.slice(0, 6)}********${ID.slice(14)}`);
  await expect(card).not.toContainText(ID);
  await expectNoAccessibilityViolations(page);

  // The used token cannot be replayed.
  await page.goto("/me/certification/personal/callback?token=00000000-0000-0000-0000-000000000000");
  await expect(page.getByRole("main")).toContainText("人脸认证记录不存在或无权查看");
});
