import Link from "next/link";
import { siteConfig } from "@/config/site";
import type { Mode } from "@/lib/care/mode";
import { AccountEntry } from "./account-entry";
import { MainNav } from "./main-nav";
import { ModeSwitch } from "./mode-switch";

export function SiteHeader({ mode }: { mode: Mode }) {
  return (
    <header className="bg-white shadow-sm">
      <div className="top-bar bg-brand-900 text-sm text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-1.5">
          <ModeSwitch mode={mode} />
          <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
            <AccountEntry />
            <span aria-hidden="true" className="text-brand-100">
              |
            </span>
            <Link prefetch={false} href="/contact" className="whitespace-nowrap hover:underline">
              联系我们
            </Link>
          </div>
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link prefetch={false} href="/" className="group flex items-center gap-3" aria-label={`${siteConfig.name} 首页`}>
          <span
            aria-hidden="true"
            className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-700 text-lg font-bold text-white"
          >
            金
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-lg font-bold text-brand-800 sm:text-xl">{siteConfig.name}</span>
            <span className="hidden text-[10px] tracking-wider text-slate-600 sm:block">{siteConfig.englishName}</span>
          </span>
        </Link>
        <MainNav variant="mobile" mode={mode} />
      </div>
      <MainNav variant="desktop" />
    </header>
  );
}
