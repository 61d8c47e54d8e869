// Display helpers for applications: times in Asia/Shanghai, money in 万.
const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
const dateOnly = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

export const formatDateTime = (d: Date) => dateTime.format(d);
export const formatDay = (d: Date) => dateOnly.format(d);
export const wanOrDash = (v: string | null) => (v === null ? "—" : `${Number(v)}万`);
