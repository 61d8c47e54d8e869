import { siteConfig } from "@/config/site";
import type { ActivityDetail } from "@/lib/activities/queries-public";
import { activityHref, activityRegisterHref } from "@/lib/activities/url";
import { placesLeft } from "@/lib/activities/status";
import { plainText } from "@/lib/content/markdown";

// schema.org Event for search engines: an in-person event at its 活动地址, by its 主办方.
export function activityJsonLd(activity: ActivityDetail) {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: activity.title,
    description: activity.summary || plainText(activity.body),
    url: new URL(activityHref(activity.id), siteConfig.url).toString(),
    startDate: activity.startAt,
    ...(activity.endAt ? { endDate: activity.endAt } : {}),
    eventStatus: activity.cancelledAt ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: { "@type": "Place", name: activity.address, address: { "@type": "PostalAddress", streetAddress: activity.address, addressLocality: "天水市", addressCountry: "CN" } },
    organizer: { "@type": "Organization", name: activity.organizer },
    maximumAttendeeCapacity: activity.capacity,
    remainingAttendeeCapacity: activity.cancelledAt ? 0 : placesLeft(activity),
    offers: { "@type": "Offer", price: 0, priceCurrency: "CNY", availabilityEnds: activity.registrationDeadline, url: new URL(activityRegisterHref(activity.id), siteConfig.url).toString() },
  };
}

export function ActivityJsonLd({ activity }: { activity: ActivityDetail }) {
  // "<" is escaped so that no text of the activity can close the script element.
  const json = JSON.stringify(activityJsonLd(activity)).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
