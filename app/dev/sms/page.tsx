import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { isProductionDeployment } from "@/lib/env";

export const metadata: Metadata = { title: "短信发件箱（开发）", robots: { index: false } };

const STATUS: Record<string, string> = { QUEUED: "待发送", SENT: "已发送", FAILED: "发送失败" };

// Outside production: the latest SMS messages with their codes, newest first, so that a person
// trying the demo (and the end-to-end tests) can complete registration. 404 in production.
export default async function DevSmsPage() {
  await connection(); // read at request time, never at build
  if (isProductionDeployment()) notFound();
  const messages = await db.smsOutbox.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-800">短信发件箱</h1>
      <p className="mt-2 text-sm text-slate-700">仅在非生产环境提供，用于演示和测试：显示最近 50 条短信（最新在前）。</p>
      {messages.length === 0 ? (
        <p className="mt-6 text-slate-700">暂无短信。</p>
      ) : (
        <ol className="mt-6 space-y-3" aria-label="短信列表">
          {messages.map((m) => (
            <li key={m.id} className="rounded border border-slate-200 bg-white p-4 shadow-sm" data-phone={m.phone}>
              <div className="flex flex-wrap justify-between gap-2 text-sm text-slate-600">
                <span>
                  手机号 <span className="font-mono text-slate-900">{m.phone}</span>
                </span>
                <span>
                  {m.createdAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })} · {STATUS[m.status] ?? m.status} · {m.provider}
                </span>
              </div>
              <p className="mt-2 text-slate-900">{m.content}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
