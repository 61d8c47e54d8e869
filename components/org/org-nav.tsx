"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/org", title: "工作台" },
  { href: "/org/applications", title: "申请管理" },
  { href: "/org/consultations", title: "咨询回复" },
];

export function OrgNav({ pendingQuestions }: { pendingQuestions: number }) {
  const path = usePathname();
  return (
    <nav aria-label="机构工作台菜单">
      <ul className="flex flex-wrap gap-1">
        {ITEMS.map((item) => {
          const active = item.href === "/org" ? path === "/org" : path.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`inline-flex items-center gap-1 rounded px-3 py-2 ${active ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`}
              >
                {item.title}
                {item.href === "/org/consultations" && pendingQuestions > 0 ? (
                  <span className={`rounded-full px-2 text-xs ${active ? "bg-white text-brand-800" : "bg-red-700 text-white"}`}>
                    {pendingQuestions}
                    <span className="sr-only">条待回复</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
