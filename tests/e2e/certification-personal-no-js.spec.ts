import { expect, test, type Browser, type Page } from "@playwright/test";
import { forgedHtml, samplePng } from "../helpers/file-samples";
import { login, registerPersonal, requestSmsCode, uniquePhone } from "./helpers/accounts";

// 个人认证 (manual 2.9) with JavaScript off: step 1 posts the photos with the form (multipart) to its route,
// a refusal comes back on the page with what was typed and the accepted photos as 已上传, the mock provider's
// demo choice is a plain form, and the result is shown by the server. Nothing personal reaches a URL.
//
// Two things need JavaScript by design and are done by a second, scripted browser of the same account: the
// ALTCHA human check (so 注册, 登录 and 发送验证码: without a script no SMS code can be requested, as
// tests/e2e/no-js-secrets.spec.ts shows for 登录) and reading the code from /dev/sms.
test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

const PASSWORD = "Tianshui#Qinzhou7";
const NAME = "王小燕";
const ID = "620502199205161227";
const png = (name: string) => ({ name, mimeType: "image/png", buffer: samplePng() });
const forgedPhoto = { name: "photo.jpg", mimeType: "image/jpeg", buffer: forgedHtml() };

interface Account {
  phone: string;
  scripted: Page; // the same account in a browser with JavaScript: 发送验证码 only
}

// A fresh personal account (registered and signed in with JavaScript), its cookies given to `page`.
async function freshAccount(browser: Browser, page: Page): Promise<Account> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, javaScriptEnabled: true });
  const scripted = await context.newPage();
  const phone = uniquePhone();
  await registerPersonal(scripted, phone, PASSWORD, NAME);
  await login(scripted, phone, PASSWORD);
  await page.context().addCookies(await context.cookies());
  return { phone, scripted };
}

// 发送验证码 on step 1 (one a minute per phone: the registration's code was sent just before).
async function certifyCode({ phone, scripted }: Account): Promise<string> {
  await scripted.waitForTimeout(61_000);
  await scripted.goto("/me/certification/personal");
  return requestSmsCode(scripted, phone);
}

// Every URL the no-script browser asks for (pages, posts, redirects, images, styles).
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.context().on("request", (request) => urls.push(decodeURIComponent(request.url())));
  return urls;
}

// Multipart posts of step 1, as they left the browser.
function recordSubmits(page: Page): string[] {
  const types: string[] = [];
  page.context().on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/me/certification/personal/submit") types.push(request.headers()["content-type"] ?? "");
  });
  return types;
}

function expectNothingPersonalIn(urls: string[], secrets: string[]) {
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    for (const secret of secrets) expect(url, `a requested URL carries ${secret}`).not.toContain(secret);
    expect(url).not.toMatch(/idNumber=|realName=|smsCode=|phone=/);
  }
}

const frontPhoto = (page: Page) => page.getByLabel("身份证人像面照片", { exact: true });
const backPhoto = (page: Page) => page.getByLabel("身份证国徽面照片", { exact: true });

async function fillStepOne(page: Page, code: string) {
  await expect(page.getByRole("main")).toContainText("当前步骤：个人基础信息输入");
  const form = page.getByRole("form", { name: "个人基础信息输入" });
  await expect(form).toHaveAttribute("method", "post");
  await expect(form).toHaveAttribute("enctype", "multipart/form-data");
  await expect(form).toHaveAttribute("action", "/me/certification/personal/submit");
  await frontPhoto(page).setInputFiles(png("人像面.png"));
  await backPhoto(page).setInputFiles(png("国徽面.png"));
  // No script sends them ahead (with JavaScript the control would show them as 已上传 now): they go with the form.
  await expect(page.locator("#cert-photo-front-file, #cert-photo-back-file")).toHaveCount(0);
  await page.getByLabel("姓名", { exact: true }).fill(NAME);
  await page.getByLabel("身份证号码").fill(ID);
  await page.getByLabel("短信验证码", { exact: true }).fill(code);
}

async function toFaceCheck(page: Page) {
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/face-mock\?BizToken=/);
  await expect(page.getByRole("heading", { name: "FaceID 互联网身份验证服务" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("王**");
  await expect(page.getByRole("main")).not.toContainText(NAME);
  // The demo choice is a plain form posted to the mock provider.
  const choice = page.locator('form[method="post"][action="/face-mock/complete"]');
  for (const name of ["比对成功", "比对失败", "取消"]) await expect(choice.getByRole("button", { name })).toBeVisible();
  return choice;
}

test("个人认证 without JavaScript: the photos post with the form, a refusal keeps what was accepted, 比对成功 → 已认证", async ({ browser, page }) => {
  test.setTimeout(300_000);
  const urls = recordUrls(page);
  const submits = recordSubmits(page);
  const account = await freshAccount(browser, page);

  await page.goto("/me/certification");
  const card = page.getByTestId("personal-certification");
  await expect(card).toContainText("未认证");
  await card.getByRole("link", { name: "添加个人认证" }).click();
  const code = await certifyCode(account);

  // A forged photo (an HTML page called photo.jpg) is refused by its bytes, beside its field; the rest stays.
  await fillStepOne(page, code);
  await frontPhoto(page).setInputFiles(forgedPhoto);
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/me\/certification\/personal$/);
  await expect(page.locator("#cert-photo-front-error")).toContainText("文件内容与格式不符");
  await expect(page.locator("#cert-photo-front-error")).toContainText("无法识别的格式");
  await expect(frontPhoto(page)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("姓名", { exact: true })).toHaveValue(NAME);
  await expect(page.getByLabel("身份证号码")).toHaveValue(ID);
  await expect(page.getByLabel("短信验证码", { exact: true })).toHaveValue(""); // a secret is not echoed
  // The 国徽面 photo was accepted: shown as 已上传, its id goes with the form again; only 人像面 is chosen again.
  await expect(page.locator("#cert-photo-back-file")).toContainText("已上传");
  await expect(page.locator("#cert-photo-back-file")).toContainText("国徽面.png");
  await expect(page.locator("#cert-photo-front-file")).toHaveCount(0);
  await expect(page.locator('input[name="idPhotoBackId"]')).not.toHaveValue("");
  await expect(page.locator('input[name="idPhotoFrontId"]')).toHaveValue("");

  // A wrong SMS code: both photos now come back as 已上传, the code alone is given again.
  await frontPhoto(page).setInputFiles(png("人像面.png"));
  await page.getByLabel("短信验证码", { exact: true }).fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/me\/certification\/personal$/);
  await expect(page.locator("#cert-sms-code-error")).toContainText("短信验证码不正确");
  await expect(page.locator("#cert-photo-front-error")).toBeEmpty();
  await expect(page.locator("#cert-photo-front-file")).toContainText("已上传");
  await expect(page.locator("#cert-photo-front-file")).toContainText("人像面.png"); // its own name
  await expect(page.locator("#cert-photo-back-file")).toContainText("已上传");
  await expect(page.locator("#cert-photo-back-file")).toContainText("国徽面.png"); // sent back as an id, named again
  await expect(page.getByLabel("姓名", { exact: true })).toHaveValue(NAME);
  await expect(page.getByLabel("身份证号码")).toHaveValue(ID);

  // The right code, nothing else touched: on to 人脸认证 at the (mock) provider.
  await page.getByLabel("短信验证码", { exact: true }).fill(code);
  const choice = await toFaceCheck(page);
  await choice.getByRole("button", { name: "比对成功" }).click();

  // 核验完成: 已认证 with the masked 姓名 and 身份证号码.
  await expect(page).toHaveURL(/\/me\/certification\?done=personal$/);
  await expect(page.getByRole("main")).toContainText("核验完成：个人认证已通过");
  await expect(card).toContainText("已认证");
  await expect(card).toContainText(`${ID.slice(0, 6)}********${ID.slice(14)}`);
  await expect(card).toContainText("王**");
  await expect(card).not.toContainText(ID);
  await expect(card).not.toContainText(NAME);
  await page.goto("/me/certification/personal");
  await expect(page.getByRole("main")).toContainText("当前步骤：核验完成");
  await expect(page.getByRole("main")).toContainText("您的账号已完成个人认证");

  // Every post of step 1 was multipart (the file travelled with the form); nothing personal was in a URL.
  expect(submits).toHaveLength(3);
  for (const type of submits) expect(type).toMatch(/^multipart\/form-data; boundary=/);
  expectNothingPersonalIn(urls, [ID, NAME, account.phone, code]);
  await account.scripted.context().close();
});

test("个人认证 without JavaScript: 比对失败 shows 认证失败 with the reason, 重新认证 starts again at step 1", async ({ browser, page }) => {
  test.setTimeout(330_000);
  const urls = recordUrls(page);
  const account = await freshAccount(browser, page);

  await page.goto("/me/certification/personal");
  const first = await certifyCode(account);
  await fillStepOne(page, first);
  const choice = await toFaceCheck(page);
  await choice.getByRole("button", { name: "比对失败" }).click();

  await expect(page).toHaveURL(/\/me\/certification\?done=personal$/);
  const card = page.getByTestId("personal-certification");
  await expect(card).toContainText("认证失败");
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: "个人认证失败" })).toContainText("人脸比对未通过");
  await expect(card).toContainText("人脸比对未通过");

  // 重新认证: step 1 again, with the reason, empty photos (new ones are required) and a new SMS code.
  await card.getByRole("link", { name: "重新认证" }).click();
  await expect(page).toHaveURL(/\/me\/certification\/personal$/);
  await expect(page.getByRole("main")).toContainText("当前步骤：个人基础信息输入");
  await expect(page.getByRole("main")).toContainText("上次认证失败：人脸比对未通过");
  await expect(page.locator("#cert-photo-front-file, #cert-photo-back-file")).toHaveCount(0);
  await expect(page.locator('input[name="idPhotoFrontId"]')).toHaveValue("");
  await expect(page.locator('input[name="idPhotoBackId"]')).toHaveValue("");
  await expect(page.getByLabel("短信验证码", { exact: true })).toHaveValue("");

  const second = await certifyCode(account);
  await fillStepOne(page, second);
  await (await toFaceCheck(page)).getByRole("button", { name: "比对成功" }).click();
  await expect(page).toHaveURL(/\/me\/certification\?done=personal$/);
  await expect(card).toContainText("已认证");
  await expect(card).toContainText(`${ID.slice(0, 6)}********${ID.slice(14)}`);

  expectNothingPersonalIn(urls, [ID, NAME, account.phone, first, second]);
  await account.scripted.context().close();
});
