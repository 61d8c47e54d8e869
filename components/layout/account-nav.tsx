import Link from "next/link";
import { Suspense } from "react";
import { LogoutButton } from "@/components/auth/logout-button";
import { currentUser } from "@/lib/auth/current";
import { maskPhone } from "@/lib/mask";

// The account entry of the top bar: "企业（个人）登录/注册" for visitors; "欢迎您, 188****6116
// 个人中心 退出" once signed in. Reading the session costs one primary-key lookup (no write, except
// lastSeenAt once a minute), and visitors without a session cookie cost nothing.
async function AccountStatus() {
  const user = await currentUser();
  if (!user) {
    return (
      <Link href="/login" className="hover:underline">
        企业（个人）登录/注册
      </Link>
    );
  }
  return (
    <span className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
      <span>欢迎您, {maskPhone(user.phone)}</span>
      <Link href="/me" className="hover:underline">
        个人中心
      </Link>
      <LogoutButton />
    </span>
  );
}

export function AccountNav() {
  return (
    <Suspense fallback={<span className="inline-block min-w-24" aria-hidden="true" />}>
      <AccountStatus />
    </Suspense>
  );
}
