import { ActionButton } from "@/components/ui/action-button";
import { endSessionAction } from "@/lib/accounts/actions";
import type { MySession } from "@/lib/auth/my-sessions";
import { formatDateTime } from "@/lib/format";

// 登录设备: where the account is signed in (device, IP, time), with 下线 for every other device.
export function SessionList({ sessions }: { sessions: MySession[] }) {
  return (
    <section aria-labelledby="sessions-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="sessions-title" className="text-lg font-semibold text-slate-900">
        登录设备
      </h2>
      <ul className="mt-3 divide-y divide-slate-100">
        {sessions.map((s) => (
          <li key={s.id} data-session className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div className="text-sm text-slate-800">
              <p className="font-medium">
                {s.device}
                {s.current ? <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">当前设备</span> : null}
              </p>
              <p className="text-slate-600">
                IP {s.ip ?? "未知"} · 登录于 {formatDateTime(s.createdAt)} · 最近活动 {formatDateTime(s.lastSeenAt)}
              </p>
            </div>
            {s.current ? null : (
              <ActionButton action={endSessionAction.bind(null, s.id)} name={`end-session-${s.id}`} pendingText="正在下线…">
                下线
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
