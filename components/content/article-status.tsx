import type { PublishStatus } from "@/lib/generated/prisma/enums";
import { ARTICLE_STATUSES } from "@/lib/content/reference";

const TONES: Record<PublishStatus, string> = {
  DRAFT: "bg-amber-50 text-amber-900 ring-amber-300",
  PUBLISHED: "bg-green-50 text-green-900 ring-green-300",
  ARCHIVED: "bg-slate-100 text-slate-800 ring-slate-300",
};

export function ArticleStatusBadge({ status }: { status: PublishStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm ring-1 ring-inset ${TONES[status]}`}>
      {ARTICLE_STATUSES.find((s) => s.value === status)?.label}
    </span>
  );
}
