import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProductForm } from "@/components/supervision/product-form";
import { requireActor } from "@/lib/auth/current";
import { addOrgProduct } from "@/lib/org-products/actions";
import { isManager } from "@/lib/org-products/queries";

export const metadata: Metadata = { title: "新增产品" };

const EMPTY = {
  name: "", category: "ENTERPRISE", tags: [], features: [], methods: [], minRate: "", maxAmount: "", maxTermMonths: "", regions: [],
  applicableArea: "", highlights: "", introduction: "", repaymentMethod: "", prepayment: "", ageRequirement: "", businessRequirement: "",
  workRequirement: "", assetRequirement: "", incomeRequirement: "", requiredMaterials: "",
};

export default async function NewOrgProductPage() {
  const actor = await requireActor(undefined, ["STAFF"]);
  if (!(await isManager(actor))) notFound();
  return (
    <div className="space-y-4">
      <p><Link href="/org/products" className="text-sm text-brand-700 underline">返回产品列表</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">新增产品</h1>
      <p className="text-sm text-slate-700">保存后为草稿，可预览后提交发布。</p>
      <ProductForm action={addOrgProduct} defaults={EMPTY} submitLabel="保存草稿" />
    </div>
  );
}
