import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Notice } from "@/components/applications/filter-links";
import { ProductForm } from "@/components/supervision/product-form";
import { ProductPreview } from "@/components/supervision/product-preview";
import { ActionButton } from "@/components/ui/action-button";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { editOrgProduct, submitProduct, unpublishProduct } from "@/lib/org-products/actions";
import { getOrgProduct, isManager, previewOf, productFormValues } from "@/lib/org-products/queries";
import { productStatusLabel } from "@/lib/org-products/status";

export const metadata: Metadata = { title: "产品详情" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  created: "产品已保存为草稿。请预览确认后提交发布。",
  updated: "产品已保存。",
  "updated-live": "产品已保存，金融超市中的产品页面已同步更新。",
  submitted: "已提交发布，金融办审核通过后产品将在金融超市上线。",
  unpublished: "产品已下架，已从金融超市消失。",
};

// One product of the institution: state, 预览, 提交发布 / 下架, and the edit form (管理员 only).
export default async function OrgProductPage({ params, searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["STAFF"]);
  const id = parseRouteId((await params).id);
  const product = id ? await getOrgProduct(actor, id) : null;
  if (!product) notFound();
  const manager = await isManager(actor);
  const sp = await searchParams;
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const canSubmit = manager && product.status !== "PUBLISHED" && product.reviewStatus !== "PENDING";
  return (
    <div className="space-y-5">
      <p><Link href="/org/products" className="text-sm text-brand-700 underline">返回产品列表</Link></p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{product.name}</h1>
        <span className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{productStatusLabel(product)}</span>
      </div>
      {done ? <Notice>{done}</Notice> : null}
      {product.reviewNote && product.status !== "PUBLISHED" ? (
        <Notice tone="warning">{product.reviewStatus === "RETURNED" ? "退回原因" : "下架原因"}：{product.reviewNote}</Notice>
      ) : null}
      {manager ? (
        <div className="flex flex-wrap items-center gap-3">
          {canSubmit ? (
            <ActionButton action={submitProduct.bind(null, product.id)} name="submit-product" pendingText="提交中…">提交发布</ActionButton>
          ) : null}
          {product.status === "PUBLISHED" ? (
            <>
              <ActionButton action={unpublishProduct.bind(null, product.id)} name="unpublish-product" pendingText="处理中…">下架</ActionButton>
              <Link href={`/products/${product.id}`} className="text-brand-700 underline">查看公开页面</Link>
            </>
          ) : null}
        </div>
      ) : null}
      <ProductPreview product={previewOf(product)} />
      {manager && product.reviewStatus !== "PENDING" ? (
        <section aria-labelledby="edit" className="space-y-3">
          <h2 id="edit" className="text-lg font-semibold">编辑产品</h2>
          {product.status === "PUBLISHED" ? <p className="text-sm text-slate-700">该产品已发布，保存后金融超市中的内容立即更新。</p> : null}
          <ProductForm action={editOrgProduct.bind(null, product.id)} defaults={productFormValues(product)} submitLabel="保存修改" />
        </section>
      ) : null}
    </div>
  );
}
