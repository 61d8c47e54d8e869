import { createEvent, type EventAttributes } from "ics";
import { siteConfig } from "@/config/site";
import { plainText } from "@/lib/content/markdown";
import type { ActivityDetail } from "./queries-public";
import { activityHref } from "./url";

// 添加到日历: the activity as an iCalendar (.ics) event, times in UTC (every calendar app shows them in
// its own zone). An activity without a recorded end is given two hours, as calendars need a length.
export function calendarEvent(activity: ActivityDetail): EventAttributes {
  const url = new URL(activityHref(activity.id), siteConfig.url).toString();
  const start = Date.parse(activity.startAt);
  const timing = activity.endAt
    ? { end: Date.parse(activity.endAt), endInputType: "utc" as const, endOutputType: "utc" as const }
    : { duration: { hours: 2 } };
  return {
    uid: `activity-${activity.id}@${new URL(siteConfig.url).hostname}`,
    productId: "tianshui-finance/activities",
    title: activity.title,
    description: [activity.summary, plainText(activity.body, 1000), `主办方：${activity.organizer}`, `活动详情：${url}`].join("\n\n"),
    location: activity.address,
    url,
    start,
    startInputType: "utc",
    startOutputType: "utc",
    ...timing,
    status: activity.cancelledAt ? "CANCELLED" : "CONFIRMED",
    lastModified: Date.parse(activity.updatedAt),
  };
}

export function activityIcs(activity: ActivityDetail): string {
  const { error, value } = createEvent(calendarEvent(activity));
  if (error || !value) throw error ?? new Error("could not build the calendar file");
  return value;
}
