import type { Metadata } from "next";
import Link from "next/link";
import { ADMIN_SECTIONS } from "@/lib/admin/sections";
import { requireActor } from "@/lib/auth/current";
import { SmsBudgetAlert } from "@/components/security/sms-budget-alert";

export const metadata: Metadata = { title: "概览" };

export default async function AdminHomePage() {
  await requireActor(undefined, ["ADMIN"]);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-800">管理后台</h1>
      <SmsBudgetAlert />
      <ul className="grid gap-3 sm:grid-cols-2">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href}>
            <Link href={s.href} className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
              <span className="block text-lg font-semibold text-brand-800">{s.title}</span>
              <span className="mt-1 block leading-6 text-slate-700">{s.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
