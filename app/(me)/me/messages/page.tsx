import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/applications/filter-links";
import { ActionButton } from "@/components/ui/action-button";
import { formatDateTime } from "@/components/applications/format";
import { Pagination } from "@/components/ui/pagination";
import { readAllMessages, readMessage } from "@/lib/messages/actions";
import { requireActor } from "@/lib/auth/current";
import { countUnreadMessages, listMyMessages } from "@/lib/messages/queries";
import { parsePage } from "@/lib/db/paginate";

export const metadata: Metadata = { title: "消息中心" };

type Props = { searchParams: Promise<{ page?: string }> };

const href = (page: number) => (page > 1 ? `/me/messages?page=${page}` : "/me/messages");

// 消息中心: a message for every status change of what the user submitted, newest first.
export default async function MessagesPage({ searchParams }: Props) {
  const actor = await requireActor();
  const page = parsePage((await searchParams).page);
  const [data, unread] = await Promise.all([listMyMessages(actor, page), countUnreadMessages(actor)]);
  const returnTo = href(page);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">消息中心</h1>
        {unread > 0 ? (
          <ActionButton
            action={readAllMessages}
            hidden={{ returnTo }}
            buttonClassName="min-h-11 rounded border border-brand-700 px-3 text-sm text-brand-700 hover:bg-brand-50"
          >
            全部标为已读
          </ActionButton>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">
        共 {data.total} 条消息，其中 <strong data-testid="unread-count">{unread}</strong> 条未读
      </p>
      {data.total === 0 ? (
        <EmptyState title="暂无消息">提交申请后，金融机构的每一次处理都会在这里通知您。</EmptyState>
      ) : (
        <ul className="space-y-3">
          {data.items.map((m) => (
            <li key={m.id} className={`rounded-lg border bg-white p-4 ${m.readAt ? "border-slate-200" : "border-brand-600 shadow-sm"}`}>
              <article aria-labelledby={`m-${m.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 id={`m-${m.id}`} className="font-semibold text-slate-900">
                    {m.readAt ? null : <span className="mr-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-normal text-white">未读</span>}
                    {m.title}
                  </h2>
                  <time dateTime={m.createdAt.toISOString()} className="text-sm text-slate-600">
                    {formatDateTime(m.createdAt)}
                  </time>
                </div>
                <p className="mt-2 leading-7 text-slate-800">{m.body}</p>
                <div className="mt-2 flex flex-wrap items-center gap-4 text-sm">
                  {m.link ? (
                    <Link href={m.link} className="text-brand-700 underline">
                      查看详情<span className="sr-only">：{m.title}</span>
                    </Link>
                  ) : null}
                  {m.readAt ? null : (
                    <ActionButton action={readMessage.bind(null, m.id)} hidden={{ returnTo }} buttonClassName="min-h-11 text-brand-700 underline">
                      标为已读<span className="sr-only">：{m.title}</span>
                    </ActionButton>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={href} label="消息分页" />
    </div>
  );
}
