import { describe, expect, it } from "vitest";
import { activityIcs } from "./calendar";
import type { ActivityDetail } from "./queries-public";

const activity: ActivityDetail = {
  id: "act1", title: "政银企融资对接会", summary: "银行现场对接", body: "## 安排\n\n上午路演，下午洽谈。", bodyHtml: "",
  organizer: "天水市金融办", address: "天水市秦州区藉河北路56号", startAt: "2026-12-20T01:30:00.000Z", endAt: "2026-12-20T04:00:00.000Z",
  registrationDeadline: "2026-12-18T10:00:00.000Z", capacity: 120, registeredCount: 10, cancelledAt: null, cancelReason: null, cover: null,
  publishedAt: "2026-11-01T00:00:00.000Z", updatedAt: "2026-11-02T00:00:00.000Z",
};

// iCalendar folds long lines at 75 octets: unfold before reading.
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe(".ics of an activity", () => {
  it("is one event in UTC with the title, place and a link back", () => {
    const ics = unfold(activityIcs(activity));
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("SUMMARY:政银企融资对接会");
    expect(ics).toContain("DTSTART:20261220T013000Z");
    expect(ics).toContain("DTEND:20261220T040000Z");
    expect(ics).toContain("LOCATION:天水市秦州区藉河北路56号");
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(ics).toMatch(/URL:.*\/activities\/act1/);
    expect(ics).toContain("上午路演，下午洽谈。");
  });

  it("says CANCELLED for a cancelled activity and gives one without an end two hours", () => {
    const ics = unfold(activityIcs({ ...activity, endAt: null, cancelledAt: "2026-12-01T00:00:00.000Z" }));
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain("DURATION:PT2H");
  });
});
