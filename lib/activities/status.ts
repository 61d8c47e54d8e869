// The state of an activity at a given moment, computed from its record and the clock: never stored,
// so nothing has to flip it when a deadline passes. Shared by pages, commands and tests.

type When = Date | string;

export interface ActivityClock {
  startAt: When;
  endAt: When | null;
  registrationDeadline: When;
  capacity: number;
  registeredCount: number;
  cancelledAt: When | null;
}

const time = (value: When) => (typeof value === "string" ? Date.parse(value) : value.getTime());

// An activity without a recorded end is over once it has started.
export function endOf(activity: Pick<ActivityClock, "startAt" | "endAt">): number {
  return time(activity.endAt ?? activity.startAt);
}

export type ActivityPhase = "UPCOMING" | "ONGOING" | "ENDED" | "CANCELLED";

export const PHASE_LABELS: Record<ActivityPhase, string> = {
  UPCOMING: "未开始",
  ONGOING: "进行中",
  ENDED: "已结束",
  CANCELLED: "已取消",
};

export function activityPhase(activity: ActivityClock, now: Date): ActivityPhase {
  if (activity.cancelledAt) return "CANCELLED";
  const t = now.getTime();
  if (t < time(activity.startAt)) return "UPCOMING";
  return t < endOf(activity) ? "ONGOING" : "ENDED";
}

export function placesLeft(activity: Pick<ActivityClock, "capacity" | "registeredCount">): number {
  return Math.max(0, activity.capacity - activity.registeredCount);
}

// Whether someone may register now, and if not, why (in the order the user should hear it).
export type RegistrationWindow = "OPEN" | "FULL" | "CLOSED" | "CANCELLED";

export function registrationWindow(activity: ActivityClock, now: Date): RegistrationWindow {
  if (activity.cancelledAt) return "CANCELLED";
  if (now.getTime() >= time(activity.registrationDeadline)) return "CLOSED";
  return placesLeft(activity) === 0 ? "FULL" : "OPEN";
}

// The one wording of every refusal, for the pages and the commands alike.
export const REFUSALS = {
  FULL: "名额已满，无法报名",
  CLOSED: "报名已截止",
  CANCELLED: "该活动已取消",
  ALREADY: "您已报名该活动，可在“我的活动”中查看",
  ACCOUNT: "机构人员和管理员账号不能报名活动，请使用企业或个人用户账号",
  CANCEL_CLOSED: "报名已截止，不能再取消报名；如有变动请联系主办方",
  notEnough: (left: number) => `剩余名额不足，目前仅剩${left}个名额`,
} as const;

export function refusalOf(window: Exclude<RegistrationWindow, "OPEN">): string {
  return REFUSALS[window];
}

export type BadgeTone = "open" | "neutral" | "warning" | "closed";
export interface ActivityBadge {
  label: string;
  tone: BadgeTone;
}

// A card's badges: the phase, then — while the activity is ahead — whether one can still register.
export function activityBadges(activity: ActivityClock, now: Date): ActivityBadge[] {
  const phase = activityPhase(activity, now);
  if (phase === "CANCELLED") return [{ label: PHASE_LABELS.CANCELLED, tone: "closed" }];
  if (phase === "ENDED") return [{ label: PHASE_LABELS.ENDED, tone: "neutral" }];
  const badges: ActivityBadge[] = [{ label: PHASE_LABELS[phase], tone: phase === "ONGOING" ? "open" : "neutral" }];
  const window = registrationWindow(activity, now);
  if (window === "OPEN") badges.push({ label: "报名中", tone: "open" });
  if (window === "FULL") badges.push({ label: "已满", tone: "warning" });
  if (window === "CLOSED") badges.push({ label: "已截止", tone: "warning" });
  return badges;
}

// The public list's filter (?phase=): 进行中 means not over yet — upcoming ones included, as on 首页.
export const LIST_PHASES = [
  { value: "ongoing", label: "进行中" },
  { value: "ended", label: "已结束" },
] as const;

export type ListPhase = (typeof LIST_PHASES)[number]["value"];

export function parseListPhase(value: unknown): ListPhase | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return LIST_PHASES.some((p) => p.value === v) ? (v as ListPhase) : undefined;
}

export const REGISTRATION_STATUS_LABELS = { REGISTERED: "已报名", CANCELLED: "已取消" } as const;
export const PUBLISH_STATUS_LABELS = { DRAFT: "草稿", PUBLISHED: "已发布", ARCHIVED: "已下架" } as const;
