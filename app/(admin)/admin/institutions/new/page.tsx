import type { Metadata } from "next";
import Link from "next/link";
import { InstitutionForm } from "@/components/supervision/institution-form";
import { requireActor } from "@/lib/auth/current";
import { addInstitution } from "@/lib/supervision/actions";

export const metadata: Metadata = { title: "新增机构" };

const EMPTY = { name: "", type: "BANK", serviceRegions: [], contactPhone: "", logoText: "", logoId: "", address: "", description: "" };

export default async function NewInstitutionPage() {
  await requireActor(undefined, ["ADMIN"]);
  return (
    <div className="space-y-4">
      <p><Link href="/admin/institutions" className="text-sm text-brand-700 underline">返回机构列表</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">新增机构</h1>
      <p className="text-sm text-slate-700">新机构保存后为「未发布」，添加人员和产品后再发布。</p>
      <InstitutionForm action={addInstitution} defaults={EMPTY} submitLabel="保存机构" />
    </div>
  );
}
