import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, Notice } from "@/components/applications/filter-links";
import { MeetingItem } from "@/components/equity/meeting-item";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { listMyMeetings } from "@/lib/equity/queries";

export const metadata: Metadata = { title: "我的约谈" };

type Props = { searchParams: Promise<{ page?: string; done?: string }> };

// 我的约谈: the requests the user sent to projects and funds, with their answers.
export default async function MyMeetingsPage({ searchParams }: Props) {
  const actor = await requireActor("/me/meetings");
  const sp = await searchParams;
  const data = await listMyMeetings(actor, parsePage(sp.page));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">我的约谈</h1>
      {sp.done === "requested" ? <Notice>约谈已提交，对方回复后将通过消息中心通知您。</Notice> : null}
      {data.total === 0 ? (
        <EmptyState title="暂无约谈">
          <p>可在 <Link href="/equity" className="underline">股权融资</Link> 中向投资机构或股权项目发起约谈。</p>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {data.items.map((m) => (
            <li key={m.id}><MeetingItem m={m} /></li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => `/me/meetings${p > 1 ? `?page=${p}` : ""}`} label="约谈分页" />
    </div>
  );
}
