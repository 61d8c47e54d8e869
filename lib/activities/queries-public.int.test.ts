import { describe, expect, it } from "vitest";
import { fromNow, makeActivity } from "@/tests/helpers/activity-fixtures";
import { getPublicActivity, listPublicActivities, listPublicActivityIds } from "./queries-public";

const idsOf = async (phase: "ongoing" | "ended" | undefined) => {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const data = await listPublicActivities({ phase, page });
    ids.push(...data.items.map((a) => a.id));
    if (page >= data.pageCount) return ids;
  }
};

describe("the public 金融活动 list", () => {
  it("puts upcoming and running activities under 进行中, ended and cancelled ones under 已结束, drafts nowhere", async () => {
    const upcoming = await makeActivity();
    const running = await makeActivity({ startAt: fromNow(-0.1), endAt: fromNow(0.1), registrationDeadline: fromNow(-0.2) });
    const ended = await makeActivity({ startAt: fromNow(-3), endAt: fromNow(-2.9), registrationDeadline: fromNow(-4) });
    const noEnd = await makeActivity({ startAt: fromNow(-1), endAt: null, registrationDeadline: fromNow(-2) });
    const cancelled = await makeActivity({ cancelledAt: new Date(), cancelReason: "场地调整" });
    const draft = await makeActivity({ status: "DRAFT" });
    const ongoing = await idsOf("ongoing");
    const over = await idsOf("ended");
    const all = await idsOf(undefined);
    expect(ongoing).toEqual(expect.arrayContaining([upcoming.id, running.id]));
    for (const id of [ended.id, noEnd.id, cancelled.id]) {
      expect(over).toContain(id);
      expect(ongoing).not.toContain(id);
    }
    expect(all).not.toContain(draft.id);
    expect(all.length).toBe(ongoing.length + over.length);
    expect(await getPublicActivity(draft.id)).toBeNull();
    expect((await listPublicActivityIds()).map((a) => a.id)).not.toContain(draft.id);
  });

  it("shows the newest first, ten to a page", async () => {
    const first = await listPublicActivities({ page: 1 });
    expect(first.items.length).toBeLessThanOrEqual(10);
    const starts = first.items.map((a) => Date.parse(a.startAt));
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
  });

  it("renders the description as sanitised HTML", async () => {
    const activity = await makeActivity({ body: "## 议程\n\n<script>alert(1)</script>\n\n**现场签约**" });
    const detail = await getPublicActivity(activity.id);
    expect(detail?.bodyHtml).toContain("<h2>议程</h2>");
    expect(detail?.bodyHtml).toContain("<strong>现场签约</strong>");
    expect(detail?.bodyHtml).not.toContain("<script");
  });
});
