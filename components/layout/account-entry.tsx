import Link from "next/link";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/current";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { maskPhone } from "@/lib/mask";
import { countUnreadMessages } from "@/lib/messages/queries";
import { LogoutButton } from "./logout-button";

// The account entry of the top bar, rendered on the server for each request with the page (never
// cached, never fetched by the browser): "企业（个人）登录/注册" for visitors, "欢迎您, 188****6116
// 个人中心 消息中心 退出" once signed in.
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
      {/* A plain POST (lib/actions/form-post.ts): the next page is a new document, with nothing of the account left in it. */}
      <form method="post" action="/logout" className="inline">
        <LogoutButton />
      </form>
    </span>
  );
}
