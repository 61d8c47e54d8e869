import { describe, expect, it } from "vitest";
import { changePasswordSchema, passwordClassCount, passwordSchema, registerSchema, safeCallbackUrl } from "@/lib/accounts/schema";
import { usccCheckChar } from "@/lib/validation/uscc";

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("password policy", () => {
  it.each(["Tianshui@2026", "maiji-shan-9X", "QINZHOU_district_7", "天水Abc12345"])("accepts %s", (password) => {
    expect(passwordSchema.safeParse(password).success).toBe(true);
  });

  it.each([
    ["", "请输入密码"],
    ["Ab1!", "密码至少8位"],
    ["A1!" + "a".repeat(62), "密码不能超过64位"],
    ["abcdefgh1", "密码须包含大写字母、小写字母、数字、符号中的至少三种"],
    ["ABCDEFGH!", "密码须包含大写字母、小写字母、数字、符号中的至少三种"],
    ["P@ssw0rd", "该密码过于常见，请换一个更安全的密码"],
    ["Admin@123", "该密码过于常见，请换一个更安全的密码"],
    ["QWER1234a", null],
    ["Abc 12345", "密码不能包含空格"],
  ])("%s → %s", (password, message) => {
    const result = passwordSchema.safeParse(password);
    if (message === null) expect(result.success).toBe(true);
    else expect(messageOf(result)).toBe(message);
  });

  it("counts character classes", () => {
    expect(passwordClassCount("abc")).toBe(1);
    expect(passwordClassCount("aB3")).toBe(3);
    expect(passwordClassCount("aB3!")).toBe(4);
  });

  it("refuses a password containing the phone number", () => {
    const result = registerSchema.safeParse({
      kind: "PERSONAL",
      phone: "13912345678",
      password: "Ab13912345678",
      name: "张三",
      captcha: "x",
      smsCode: "123456",
      agree: true,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === "password")?.message).toBe("密码不能包含手机号");
  });

  it("修改密码 needs the same new password twice, different from the old one", () => {
    const mismatch = changePasswordSchema.safeParse({ oldPassword: "Old@pass99", newPassword: "New@pass99", confirmPassword: "New@pass98" });
    expect(mismatch.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "两次输入的新密码不一致" });
    const same = changePasswordSchema.safeParse({ oldPassword: "Same@pass99", newPassword: "Same@pass99", confirmPassword: "Same@pass99" });
    expect(same.error?.issues[0]).toMatchObject({ path: ["newPassword"], message: "新密码不能与原密码相同" });
  });
});

describe("registration form schema", () => {
  const base = { phone: "13912345678", password: "Tianshui@2026", captcha: "x", smsCode: "123456", agree: true };

  it("asks for 用户姓名 from persons and 企业名称 + a valid USCC from enterprises", () => {
    expect(registerSchema.safeParse({ ...base, kind: "PERSONAL", name: "张三" }).success).toBe(true);
    const enterprise = registerSchema.safeParse({ ...base, kind: "ENTERPRISE", enterpriseName: "天水某公司", uscc: "91620502MA71ABC120" });
    expect(enterprise.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["uscc", "统一社会信用代码不正确，请核对18位代码"]]);
    const body = "91620502MA71ABC12";
    expect(registerSchema.safeParse({ ...base, kind: "ENTERPRISE", enterpriseName: "天水某公司", uscc: body + usccCheckChar(body) }).success).toBe(true);
  });

  it("needs the agreement, the SMS code and a valid phone", () => {
    const result = registerSchema.safeParse({ ...base, kind: "PERSONAL", name: "张三", agree: false, smsCode: "12", phone: "12345" });
    const errors = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(errors).toMatchObject({ agree: "请阅读并同意《平台服务协议》", smsCode: "短信验证码为6位数字", phone: "请输入正确的11位手机号" });
  });
});

describe("callbackUrl after login", () => {
  it.each([
    ["/me/account", "/me/account"],
    ["/products?type=personal", "/products?type=personal"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/login", "/"],
    [undefined, "/"],
  ])("%s → %s", (value, expected) => expect(safeCallbackUrl(value)).toBe(expected));
});
