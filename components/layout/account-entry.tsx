import Link from "next/link";
import { cookies } from "next/headers";
import { logoutAction } from "@/lib/accounts/actions";
import { currentUser } from "@/lib/auth/current";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { maskPhone } from "@/lib/mask";
import { countUnreadMessages } from "@/lib/messages/queries";
import { ActionButton } from "@/components/ui/action-button";

// The account entry of the top bar, rendered on the server for each request inside the page's
// static shell (a Suspense hole streamed in the same response): "企业（个人）登录/注册" for visitors,
// "欢迎您, 188****6116 个人中心 消息中心 退出" once signed in.
export async function AccountEntry() {
  const jar = await cookies();
  // Visitors without a session cookie need no session lookup.
  const user = hasSessionCookie(jar.getAll().map((c) => c.name)) ? await currentUser() : null;
  if (!user) {
    return (
      <Link href="/login" className="hover:underline">
        企业（个人）登录/注册
      </Link>
    );
  }
  const unread = await countUnreadMessages(user);
  return (
    <span className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
      <span>欢迎您, {maskPhone(user.phone)}</span>
      <Link href="/me" className="hover:underline">
        个人中心
      </Link>
      {user.role === "STAFF" ? (
        <Link href="/org" className="hover:underline">
          机构工作台
        </Link>
      ) : null}
      {user.role === "ADMIN" ? (
        <Link href="/admin" className="hover:underline">
          管理后台
        </Link>
      ) : null}
      <Link href="/me/messages" className="hover:underline">
        消息中心
        {unread > 0 ? (
          <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white">
            {unread}
            <span className="sr-only">条未读</span>
          </span>
        ) : null}
      </Link>
      <ActionButton action={logoutAction} pendingText="正在退出…" buttonClassName="hover:underline disabled:opacity-60">
        退出
      </ActionButton>
    </span>
  );
}

// Until the entry has streamed in: the same height, no "signed out" text that could flash.
export function AccountEntryPlaceholder() {
  return <span className="inline-block h-5 w-40" aria-hidden="true" />;
}
