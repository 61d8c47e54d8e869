import Link from "next/link";
import { siteConfig } from "@/config/site";
import { AccountEntry } from "./account-entry";
import { MainNav } from "./main-nav";

export function SiteHeader() {
  return (
    <header className="bg-white shadow-sm">
      <div className="bg-brand-900 text-sm text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-end gap-3 px-4 py-1.5">
          <AccountEntry />
          <span aria-hidden="true" className="text-brand-100">
            |
          </span>
          <Link prefetch={false} href="/contact" className="hover:underline">
            联系我们
          </Link>
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
        <MainNav variant="mobile" />
      </div>
      <MainNav variant="desktop" />
    </header>
  );
}
