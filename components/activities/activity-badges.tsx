import type { ActivityBadge, BadgeTone } from "@/lib/activities/status";

const TONES: Record<BadgeTone, string> = {
  open: "bg-green-50 text-green-900 ring-green-300",
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  warning: "bg-orange-50 text-orange-900 ring-orange-300",
  closed: "bg-red-50 text-red-900 ring-red-300",
};

// 未开始 / 进行中 / 已结束 / 已取消 and 报名中 / 已满 / 已截止, as text (never colour alone).
export function ActivityBadges({ badges, label = "活动状态" }: { badges: ActivityBadge[]; label?: string }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {badges.map((b) => (
        <li key={b.label} className={`whitespace-nowrap rounded px-2 py-0.5 text-sm ring-1 ring-inset ${TONES[b.tone]}`}>
          {b.label}
        </li>
      ))}
    </ul>
  );
}
