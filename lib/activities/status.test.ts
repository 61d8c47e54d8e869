import { describe, expect, it } from "vitest";
import { activityBadges, activityPhase, parseListPhase, placesLeft, registrationWindow, type ActivityClock } from "./status";

const now = new Date("2026-12-10T02:00:00Z"); // 10:00 in Tianshui
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);

function activity(over: Partial<ActivityClock> = {}): ActivityClock {
  return { startAt: hours(48), endAt: hours(51), registrationDeadline: hours(24), capacity: 20, registeredCount: 5, cancelledAt: null, ...over };
}

const labels = (a: ActivityClock) => activityBadges(a, now).map((b) => b.label);

describe("activity phase", () => {
  it("is 未开始 before the start, 进行中 until the end, 已结束 after it", () => {
    expect(activityPhase(activity(), now)).toBe("UPCOMING");
    expect(activityPhase(activity({ startAt: hours(-1), endAt: hours(2) }), now)).toBe("ONGOING");
    expect(activityPhase(activity({ startAt: hours(-3), endAt: hours(-1) }), now)).toBe("ENDED");
    // the end is exclusive: at the end time it is over
    expect(activityPhase(activity({ startAt: hours(-3), endAt: now }), now)).toBe("ENDED");
  });

  it("treats an activity without an end as over once it has started", () => {
    expect(activityPhase(activity({ startAt: hours(-1), endAt: null }), now)).toBe("ENDED");
    expect(activityPhase(activity({ startAt: hours(1), endAt: null }), now)).toBe("UPCOMING");
  });

  it("says 已取消 for an activity the organiser called off, whatever the clock", () => {
    expect(activityPhase(activity({ cancelledAt: hours(-5) }), now)).toBe("CANCELLED");
    expect(activityPhase(activity({ startAt: hours(-3), endAt: hours(-1), cancelledAt: hours(-5) }), now)).toBe("CANCELLED");
  });

  it("accepts ISO strings as cached reads deliver them", () => {
    expect(activityPhase(activity({ startAt: hours(-1).toISOString(), endAt: hours(1).toISOString() }), now)).toBe("ONGOING");
  });
});

describe("registration window and places", () => {
  it("counts places left, never below zero", () => {
    expect(placesLeft({ capacity: 20, registeredCount: 5 })).toBe(15);
    expect(placesLeft({ capacity: 20, registeredCount: 20 })).toBe(0);
    expect(placesLeft({ capacity: 5, registeredCount: 7 })).toBe(0);
  });

  it("is open before the deadline with places left, else 已满, 已截止 or 已取消 in that precedence", () => {
    expect(registrationWindow(activity(), now)).toBe("OPEN");
    expect(registrationWindow(activity({ registeredCount: 20 }), now)).toBe("FULL");
    expect(registrationWindow(activity({ registrationDeadline: now }), now)).toBe("CLOSED");
    expect(registrationWindow(activity({ registrationDeadline: hours(-1), registeredCount: 20 }), now)).toBe("CLOSED");
    expect(registrationWindow(activity({ cancelledAt: hours(-1), registrationDeadline: hours(-1) }), now)).toBe("CANCELLED");
  });
});

describe("card badges", () => {
  it("show the phase and, while ahead, whether one can register", () => {
    expect(labels(activity())).toEqual(["未开始", "报名中"]);
    expect(labels(activity({ registeredCount: 20 }))).toEqual(["未开始", "已满"]);
    expect(labels(activity({ registrationDeadline: hours(-1) }))).toEqual(["未开始", "已截止"]);
    expect(labels(activity({ startAt: hours(-1), endAt: hours(2), registrationDeadline: hours(-2) }))).toEqual(["进行中", "已截止"]);
  });

  it("show only 已结束 or 已取消 when nothing can be done any more", () => {
    expect(labels(activity({ startAt: hours(-3), endAt: hours(-1), registrationDeadline: hours(-5), registeredCount: 20 }))).toEqual(["已结束"]);
    expect(labels(activity({ cancelledAt: hours(-1) }))).toEqual(["已取消"]);
  });
});

describe("list filter", () => {
  it("accepts 进行中 and 已结束 only", () => {
    expect(parseListPhase("ongoing")).toBe("ongoing");
    expect(parseListPhase(["ended", "ongoing"])).toBe("ended");
    expect(parseListPhase("upcoming")).toBeUndefined();
    expect(parseListPhase(undefined)).toBeUndefined();
  });
});
