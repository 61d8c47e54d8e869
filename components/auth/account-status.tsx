"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useFormStatus } from "react-dom";
import { logoutAction } from "@/lib/actions/auth";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/hint-cookie";

// The account entry of the top bar: "企业（个人）登录/注册" for visitors, "欢迎您, 188****6116 个人中心 退出"
// once signed in. Rendered in the browser because public pages come from a shared cache; the state comes
// from /api/account/status (the server-side session), re-checked after every navigation.
export const ACCOUNT_CHANGED_EVENT = "tianshui:account-changed";

function hasHint(): boolean {
  return document.cookie.split("; ").some((c) => c.startsWith(`${SIGNED_IN_HINT_COOKIE}=`));
}
const subscribe = (notify: () => void) => {
  window.addEventListener(ACCOUNT_CHANGED_EVENT, notify);
  return () => window.removeEventListener(ACCOUNT_CHANGED_EVENT, notify);
};

function signedOut() {
  document.cookie = `${SIGNED_IN_HINT_COOKIE}=; Max-Age=0; Path=/`;
  window.dispatchEvent(new Event(ACCOUNT_CHANGED_EVENT));
}

export function AccountStatus() {
  const pathname = usePathname();
  const hinted = useSyncExternalStore(subscribe, hasHint, () => false);
  const [account, setAccount] = useState<{ phone: string; unread: number; staff: boolean } | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const refresh = () => setVersion((v) => v + 1);
    window.addEventListener(ACCOUNT_CHANGED_EVENT, refresh);
    return () => window.removeEventListener(ACCOUNT_CHANGED_EVENT, refresh);
  }, []);

  useEffect(() => {
    if (!hinted) return;
    const controller = new AbortController();
    fetch("/api/account/status", { cache: "no-store", signal: controller.signal })
      .then((response) => response.json() as Promise<{ signedIn: boolean; phone?: string; unread?: number; staff?: boolean }>)
      .then((status) => {
        if (status.signedIn && status.phone) setAccount({ phone: status.phone, unread: status.unread ?? 0, staff: !!status.staff });
        else signedOut();
      })
      .catch(() => {});
    return () => controller.abort();
  }, [hinted, pathname, version]);

  if (!hinted) {
    return (
      <Link href="/login" className="hover:underline">
        企业（个人）登录/注册
      </Link>
    );
  }
  if (!account) return <span className="inline-block min-w-24" aria-hidden="true" />;
  return (
    <span className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
      <span>欢迎您, {account.phone}</span>
      <Link href="/me" className="hover:underline">
        个人中心
      </Link>
      {account.staff ? (
        <Link href="/org" className="hover:underline">
          机构工作台
        </Link>
      ) : null}
      <Link href="/me/messages" className="hover:underline">
        消息中心
        {account.unread > 0 ? (
          <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white">
            {account.unread}
            <span className="sr-only">条未读</span>
          </span>
        ) : null}
      </Link>
      {/* Not signed out optimistically: the header changes only once the server has ended the session
          (the action's redirect), so leaving the page meanwhile cannot leave a live session behind. */}
      <form action={logoutAction} className="inline">
        <LogoutButton />
      </form>
    </span>
  );
}

function LogoutButton() {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  // The action has run (the server ended the session and deleted the hint cookie): re-read the cookie,
  // also when the redirect lands on the page already shown.
  useEffect(() => {
    if (wasPending.current && !pending) window.dispatchEvent(new Event(ACCOUNT_CHANGED_EVENT));
    wasPending.current = pending;
  }, [pending]);
  return (
    <button type="submit" className="hover:underline disabled:opacity-60" disabled={pending} aria-busy={pending}>
      {pending ? "正在退出…" : "退出"}
    </button>
  );
}
