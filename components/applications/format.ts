// Display helpers for applications: times in Asia/Shanghai (lib/format), money in 万.
export { formatDateTime } from "@/lib/format";

const dateOnly = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

export const formatDay = (d: Date) => dateOnly.format(d);
export const wanOrDash = (v: string | null) => (v === null ? "—" : `${Number(v)}万`);
