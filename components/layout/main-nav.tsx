import Link from "next/link";
import { siteConfig } from "@/config/site";
import type { Mode } from "@/lib/care/mode";
import { ModeSwitch } from "./mode-switch";

// Shell links are not prefetched: on every page view that would fetch each section (twice: desktop
// and mobile menu) over a phone connection.
// Desktop: a bar under the logo. Mobile: a <details> disclosure, so it works without JavaScript.
export function MainNav({ variant, mode = "standard" }: { variant: "desktop" | "mobile"; mode?: Mode }) {
  const links = siteConfig.mainNav.map((item) => (
    <li key={item.href}>
      <Link
        href={item.href}
        prefetch={false}
        className={
          variant === "desktop"
            ? "block px-3 py-3 text-[15px] text-white hover:bg-brand-800 lg:px-4"
            : "block rounded px-3 py-2.5 text-base text-slate-800 hover:bg-brand-50"
        }
      >
        {item.title}
      </Link>
    </li>
  ));

  if (variant === "desktop") {
    return (
      <nav aria-label="主导航" className="hidden bg-brand-700 md:block">
        <ul className="mx-auto flex max-w-6xl flex-wrap px-4">{links}</ul>
      </nav>
    );
  }
  return (
    <details className="relative md:hidden">
      <summary className="flex cursor-pointer list-none items-center gap-1 whitespace-nowrap rounded border border-slate-300 px-3 py-2 text-sm text-slate-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">☰</span> 菜单
      </summary>
      <nav aria-label="主导航（移动端）" className="absolute right-0 z-40 mt-2 w-56 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
        <ul>{links}</ul>
        <ModeSwitch mode={mode} className="menu-mode-switch mt-2 border-t border-slate-200 pt-2" />
      </nav>
    </details>
  );
}
