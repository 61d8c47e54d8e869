import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { MeetingItem } from "@/components/equity/meeting-item";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { MEETING_STATUS } from "@/lib/equity/labels";
import { listOrgMeetings } from "@/lib/equity/queries";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "约谈管理" };

type Props = { searchParams: Promise<{ side?: string; status?: string; page?: string }> };
const SIDES = [
  { value: "sent", label: "本机构发起的约谈" },
];
const STATUSES = (Object.keys(MEETING_STATUS) as MeetingStatus[]).map((s) => ({ value: s, label: MEETING_STATUS[s] }));

function href(side: string | undefined, status: string | undefined, page = 1) {
  const params = new URLSearchParams();
  if (side) params.set("side", side);
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const q = params.toString();
  return `/org/meetings${q ? `?${q}` : ""}`;
}

// 约谈管理: requests addressed to the fund (default) and those its staff sent to projects.
export default async function OrgMeetingsPage({ searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  const sp = await searchParams;
  const side = sp.side === "sent" ? "sent" : undefined;
  const status = STATUSES.some((s) => s.value === sp.status) ? (sp.status as MeetingStatus) : undefined;
  const data = await listOrgMeetings(actor, { side: side ?? "received", status, page: parsePage(sp.page) });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">约谈管理</h1>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        <nav aria-label="约谈方向" className="flex flex-wrap gap-2 text-sm">
          <Link href={href(undefined, status)} aria-current={!side ? "true" : undefined} className={!side ? "rounded bg-brand-700 px-3 py-1.5 text-white" : "rounded px-3 py-1.5 text-brand-800 hover:bg-brand-50"}>收到的约谈</Link>
          {SIDES.map((s) => (
            <Link key={s.value} href={href(s.value, status)} aria-current={side === s.value ? "true" : undefined} className={side === s.value ? "rounded bg-brand-700 px-3 py-1.5 text-white" : "rounded px-3 py-1.5 text-brand-800 hover:bg-brand-50"}>{s.label}</Link>
          ))}
        </nav>
        <FilterLinks label="状态" options={STATUSES} current={status} hrefFor={(s) => href(side, s)} />
      </div>
      {data.total === 0 ? (
        <EmptyState title="暂无约谈" />
      ) : (
        <ul className="space-y-3">
          {data.items.map((m) => (
            <li key={m.id}>
              <MeetingItem m={m} showContact={!side}>
                <p className="mt-2"><Link href={`/org/meetings/${m.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">{m.status === "PENDING" && !side ? "处理" : "查看"}</Link></p>
              </MeetingItem>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(side, status, p)} label="约谈分页" />
    </div>
  );
}
