"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The 个人中心 menu of the manual (section 2.9), in its order.
const MENU: { title: string; href?: string; children?: { title: string; href: string }[] }[] = [
  {
    title: "用户信息",
    children: [
      { title: "账号信息", href: "/me/account" },
      { title: "认证授权", href: "/me/certification" },
    ],
  },
  { title: "申请记录", href: "/me/applications" },
  { title: "我的咨询", href: "/me/consultations" },
  { title: "我的活动", href: "/me/activities" },
  { title: "我的约谈", href: "/me/meetings" },
  { title: "需求管理", href: "/me/demands" },
  { title: "股权融资管理", href: "/me/equity" },
  { title: "消息中心", href: "/me/messages" },
];

export function MeNav({ unread }: { unread: number }) {
  const path = usePathname();
  const link = (href: string, title: string, nested = false) => {
    const active = path === href || path.startsWith(`${href}/`);
    return (
      <Link
        href={href}
        aria-current={active ? "page" : undefined}
        className={`flex min-h-11 items-center justify-between rounded px-3 py-2 ${nested ? "pl-6 text-sm" : ""} ${
          active ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-brand-50"
        }`}
      >
        <span>{title}</span>
        {href === "/me/messages" && unread > 0 ? (
          <span className={`rounded-full px-2 text-xs ${active ? "bg-white text-brand-800" : "bg-red-700 text-white"}`}>
            {unread}
            <span className="sr-only">条未读</span>
          </span>
        ) : null}
      </Link>
    );
  };
  const current =
    path === "/me"
      ? "个人中心"
      : MENU.flatMap((e) => e.children ?? [{ title: e.title, href: e.href! }]).find((e) => path === e.href || path.startsWith(`${e.href}/`))
          ?.title;
  // On phones the menu folds into one line naming the current page, so the page's own content starts
  // on the first screen; from 768px it is always open beside the page (app/globals.css, .fold-phone).
  return (
    <details className="fold-phone rounded-lg border border-slate-200 bg-white">
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-2 px-4 py-2 font-medium text-brand-800 [&::-webkit-details-marker]:hidden">
        <span>
          个人中心菜单{current ? <span className="font-normal text-slate-700">：{current}</span> : null}
        </span>
        <span aria-hidden="true">▾</span>
      </summary>
      <nav aria-label="个人中心菜单" className="p-2">
        <Link href="/me" aria-current={path === "/me" ? "page" : undefined} className={`mb-1 block rounded px-3 py-2 font-semibold ${path === "/me" ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`}>
          个人中心
        </Link>
        <ul className="grid grid-cols-2 gap-1 md:grid-cols-1">
          {MENU.map((entry) => (
            <li key={entry.title} className={entry.children ? "col-span-2 md:col-span-1" : undefined}>
              {entry.href ? (
                link(entry.href, entry.title)
              ) : (
                <>
                  <p className="px-3 py-2 text-slate-600">{entry.title}</p>
                  <ul className="grid grid-cols-2 gap-1 md:grid-cols-1">
                    {entry.children!.map((c) => (
                      <li key={c.href}>{link(c.href, c.title, true)}</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
