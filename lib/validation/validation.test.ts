import { describe, expect, it } from "vitest";
import { amountWanSchema, idNumberSchema, mobileSchema, ratePercentSchema, termMonthsSchema, usccSchema } from "@/lib/validation/common";
import { idNumberCheckChar, isValidIdNumber } from "@/lib/validation/id-number";
import { isValidUscc, usccCheckChar } from "@/lib/validation/uscc";

describe("身份证号 (GB 11643-1999)", () => {
  it.each(["11010519491231002X", "110105194912310029".slice(0, 17) + idNumberCheckChar("11010519491231002"), "620502199003071234".slice(0, 17) + idNumberCheckChar("62050219900307123")])(
    "accepts %s",
    (id) => expect(isValidIdNumber(id)).toBe(true),
  );
  it("accepts a lower-case x check character", () => expect(isValidIdNumber("11010519491231002x")).toBe(true));
  it.each([
    ["wrong check character", "110105194912310021"],
    ["17 digits", "11010519491231002"],
    ["letters", "11010519491231A02X"],
    ["impossible date 19490231", "110105194902310027".slice(0, 17) + idNumberCheckChar("11010519490231002")],
    ["birth date in the future", "110105209912310020".slice(0, 17) + idNumberCheckChar("11010520991231002")],
    ["empty", ""],
  ])("rejects %s", (_why, id) => expect(isValidIdNumber(id)).toBe(false));

  it("gives a Chinese message through the shared schema", () => {
    const result = idNumberSchema.safeParse("110105194912310021");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("身份证号格式或校验位不正确");
    expect(idNumberSchema.parse(" 11010519491231002x ")).toBe("11010519491231002X");
  });
});

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it.each(["91110000600037341L", "91350100M000100Y43", "9162050271000000" + "0" + usccCheckChar("91620502710000000")])(
    "accepts %s",
    (code) => expect(isValidUscc(code)).toBe(true),
  );
  it.each([
    ["wrong check character", "91110000600037341M"],
    ["letter I outside the charset", "9111000060003734IL"],
    ["17 characters", "91110000600037341"],
    ["empty", ""],
  ])("rejects %s", (_why, code) => expect(isValidUscc(code)).toBe(false));

  it("normalises case and explains errors in Chinese", () => {
    expect(usccSchema.parse("91110000600037341l")).toBe("91110000600037341L");
    expect(usccSchema.safeParse("91110000600037341M").error?.issues[0].message).toBe("统一社会信用代码不正确，请核对18位代码");
  });
});

describe("mobile numbers", () => {
  it.each(["13800000001", "18812346116", "19912345678"])("accepts %s", (p) => expect(mobileSchema.safeParse(p).success).toBe(true));
  it.each(["12800000001", "1380000000", "138000000011", "0938-8222788", ""])("rejects %s", (p) =>
    expect(mobileSchema.safeParse(p).success).toBe(false),
  );
});

describe("amounts in 万, terms and rates", () => {
  const amount = amountWanSchema("申请金额", 300);
  it("accepts positive amounts with up to two decimals within the limit", () => {
    expect(amount.parse("200")).toBe("200");
    expect(amount.parse(12.5)).toBe("12.5");
    expect(amount.parse("300.00")).toBe("300.00");
  });
  it.each([
    ["0", "申请金额须大于0"],
    ["-1", "申请金额须为数字，最多两位小数"],
    ["1.234", "申请金额须为数字，最多两位小数"],
    ["300.01", "申请金额不能超过300万"],
    ["", "请输入申请金额"],
  ])("rejects %s with “%s”", (value, message) => expect(amount.safeParse(value).error?.issues[0].message).toBe(message));

  it("takes terms in whole months within a bound", () => {
    const term = termMonthsSchema("申请期限", 12);
    expect(term.parse("12")).toBe(12);
    expect(term.safeParse("13").error?.issues[0].message).toBe("申请期限不能超过12个月");
    expect(term.safeParse("1.5").error?.issues[0].message).toBe("申请期限须为整数月数");
    expect(term.safeParse("0").error?.issues[0].message).toBe("申请期限至少1个月");
  });

  it("takes annual rates in percent", () => {
    const rate = ratePercentSchema("贷款利率");
    expect(rate.parse("4.35")).toBe("4.35");
    expect(rate.safeParse("abc").success).toBe(false);
    expect(rate.safeParse("40").error?.issues[0].message).toBe("贷款利率不能超过36%");
  });
});
