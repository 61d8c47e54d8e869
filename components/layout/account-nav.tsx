import Link from "next/link";

// The account entry of the top bar. Signed-in state comes with the accounts feature.
export function AccountNav() {
  return (
    <Link href="/login" className="hover:underline">
      企业（个人）登录/注册
    </Link>
  );
}
