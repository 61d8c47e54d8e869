import type { Metadata } from "next";
import { SectionNav } from "@/components/ui/section-nav";
import { ADMIN_SECTIONS } from "@/lib/admin/sections";
import { requireOwnPassword } from "@/lib/accounts/first-login-guard";
import { requireActor } from "@/lib/auth/current";

export const metadata: Metadata = { title: { default: "管理后台", template: "%s - 管理后台" }, robots: { index: false } };

// 管理后台 of the 金融办: administrators only (anyone else gets 404). Every page and action checks again.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor(undefined, ["ADMIN"]);
  await requireOwnPassword(actor.id);
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
      <div className="mb-5 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <p className="text-lg font-semibold text-slate-900">
          管理后台 <span className="text-base font-normal text-slate-700">· 天水市人民政府金融工作办公室</span>
        </p>
        <SectionNav
          label="管理后台菜单"
          root="/admin"
          items={[{ href: "/admin", title: "概览" }, ...ADMIN_SECTIONS.map(({ href, title }) => ({ href, title }))]}
        />
      </div>
      {children}
    </div>
  );
}
