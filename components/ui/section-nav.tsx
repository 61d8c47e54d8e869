"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The menu of a console (机构工作台, 管理后台): the current section is marked for screen readers too.
export interface SectionNavItem {
  href: string;
  title: string;
  badge?: { count: number; label: string };
}

export function SectionNav({ label, root, items }: { label: string; root: string; items: readonly SectionNavItem[] }) {
  const path = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const active = item.href === root ? path === root : path === item.href || path.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center gap-1 rounded px-3 py-2 ${active ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`}
              >
                {item.title}
                {item.badge && item.badge.count > 0 ? (
                  <span className={`rounded-full px-2 text-xs ${active ? "bg-white text-brand-800" : "bg-red-700 text-white"}`}>
                    {item.badge.count}
                    <span className="sr-only">{item.badge.label}</span>
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
