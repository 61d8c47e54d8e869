import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/actions/input";
import { parseShanghaiDateTime, toShanghaiDateTimeInput } from "@/lib/validation/datetime";
import { neutraliseFormula } from "./export";
import { activitySchema, cancelActivitySchema, cancelRegistrationSchema, registrationSchema } from "./schema";

const registration = { name: "王小明", phone: "13912345678", organization: "天水示范科技有限公司", attendees: "2", remark: "" };

// The first message of each field, as the form shows it (lib/actions/input.ts).
const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  fieldErrorsFrom(result.error?.issues ?? []);

describe("registration schema", () => {
  it("accepts the form and turns 参加人数 into a number and an empty 备注 into null", () => {
    expect(registrationSchema.parse(registration)).toEqual({ ...registration, attendees: 2, remark: null });
    expect(registrationSchema.parse({ ...registration, attendees: 5, remark: "  需要停车位 " }).remark).toBe("需要停车位");
  });

  it("refuses 0, 6, decimals and text as 参加人数 with one message", () => {
    for (const attendees of ["0", "6", "1.5", "两", "-1"]) {
      expect(messagesOf(registrationSchema.safeParse({ ...registration, attendees })).attendees).toBe("参加人数须为1至5人");
    }
    expect(messagesOf(registrationSchema.safeParse({ ...registration, attendees: "" })).attendees).toBe("请输入参加人数");
  });

  it("needs 姓名, a mobile number and 单位名称", () => {
    const m = messagesOf(registrationSchema.safeParse({ ...registration, name: "", phone: "12345", organization: " " }));
    expect(m).toEqual({ name: "姓名至少2个字", phone: "请输入正确的11位手机号", organization: "请输入单位名称" });
  });

  it("limits 备注 to 200 characters", () => {
    expect(messagesOf(registrationSchema.safeParse({ ...registration, remark: "字".repeat(201) })).remark).toBe("备注不能超过200个字");
  });
});

const activity = {
  title: "政银企融资对接会", summary: "银行现场对接企业融资需求", body: "欢迎有融资需求的企业报名参加。", organizer: "天水市金融办",
  address: "天水市秦州区藉河北路56号", startAt: "2026-12-20T09:30", endAt: "2026-12-20T12:00", registrationDeadline: "2026-12-18T18:00", capacity: "120",
};

describe("activity schema (管理后台)", () => {
  it("reads the times as Tianshui time and 限制人数 as a number", () => {
    const parsed = activitySchema.parse(activity);
    expect(parsed.startAt.toISOString()).toBe("2026-12-20T01:30:00.000Z");
    expect(parsed.registrationDeadline.toISOString()).toBe("2026-12-18T10:00:00.000Z");
    expect(parsed.capacity).toBe(120);
  });

  it("allows the deadline at the start but not after it, and needs the end after the start", () => {
    expect(activitySchema.safeParse({ ...activity, registrationDeadline: activity.startAt }).success).toBe(true);
    const m = messagesOf(activitySchema.safeParse({ ...activity, registrationDeadline: "2026-12-20T09:31", endAt: "2026-12-20T09:30" }));
    expect(m).toEqual({ registrationDeadline: "报名截止时间不能晚于开始时间", endAt: "结束时间须晚于开始时间" });
  });

  it("refuses impossible dates and 限制人数 below one", () => {
    const m = messagesOf(activitySchema.safeParse({ ...activity, startAt: "2026-02-30T09:00", capacity: "0" }));
    expect(m.startAt).toBe("开始时间格式应为 年-月-日 时:分");
    expect(m.capacity).toBe("限制人数须为1至100000之间的整数");
  });
});

describe("cancellation schemas", () => {
  it("need a reason to call off an activity, not to cancel one registration", () => {
    expect(messagesOf(cancelActivitySchema.safeParse({ reason: "" })).reason).toBe("请输入取消原因");
    expect(cancelRegistrationSchema.parse({})).toEqual({ reason: null });
  });
});

describe("Tianshui date-time inputs", () => {
  it("round-trip a stored time through the input's value", () => {
    const stored = parseShanghaiDateTime("2026-01-01T00:15")!;
    expect(stored.toISOString()).toBe("2025-12-31T16:15:00.000Z");
    expect(toShanghaiDateTimeInput(stored)).toBe("2026-01-01T00:15");
    expect(parseShanghaiDateTime("2026-01-01T24:00")).toBeNull();
    expect(parseShanghaiDateTime("2026-01-01 08:00")).toBeNull();
  });
});

describe("CSV cells", () => {
  it("neutralise what Excel would run as a formula", () => {
    expect(neutraliseFormula("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(neutraliseFormula("+86")).toBe("'+86");
    expect(neutraliseFormula("天水示范科技有限公司")).toBe("天水示范科技有限公司");
  });
});
