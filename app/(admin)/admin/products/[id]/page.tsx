import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Notice } from "@/components/applications/filter-links";
import { ProductPreview } from "@/components/supervision/product-preview";
import { ReasonForm } from "@/components/supervision/reason-form";
import { ActionButton } from "@/components/ui/action-button";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { approveProduct, returnProduct, takeDown } from "@/lib/org-products/actions";
import { getAdminProduct, previewOf } from "@/lib/org-products/queries";
import { productStatusLabel } from "@/lib/org-products/status";

export const metadata: Metadata = { title: "产品审核" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  approved: "审核通过，产品已在金融超市上线。",
  returned: "已退回，机构管理员已收到退回原因。",
  "taken-down": "产品已下架，已从所有公开页面消失。",
};

// One product in 产品审核: the preview, 通过 / 退回 when submitted, 下架 when published.
export default async function AdminProductPage({ params, searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const id = parseRouteId((await params).id);
  const product = id ? await getAdminProduct(actor, id) : null;
  if (!product) notFound();
  const sp = await searchParams;
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  return (
    <div className="space-y-5">
      <p><Link href="/admin/products" className="text-sm text-brand-700 underline">返回产品审核</Link></p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{product.name}</h1>
        <span className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{productStatusLabel(product)}</span>
      </div>
      {done ? <Notice>{done}</Notice> : null}
      {product.reviewStatus === "PENDING" ? (
        <section aria-labelledby="review" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="review" className="text-lg font-semibold">审核</h2>
          <ActionButton action={approveProduct.bind(null, product.id)} name="approve-product" pendingText="处理中…">通过并发布</ActionButton>
          <ReasonForm name="return-product" title="退回" confirm="确认退回" action={returnProduct.bind(null, product.id)} />
        </section>
      ) : null}
      {product.status === "PUBLISHED" ? (
        <section aria-labelledby="takedown" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="takedown" className="text-lg font-semibold">下架</h2>
          <p className="text-sm text-slate-700">
            该产品正在金融超市展示。<Link href={`/products/${product.id}`} className="text-brand-700 underline">查看公开页面</Link>
          </p>
          <ReasonForm name="take-down" title="下架产品" confirm="确认下架" confirmation="我确认下架该产品，它将立即从所有公开页面消失" action={takeDown.bind(null, product.id)} />
        </section>
      ) : null}
      <ProductPreview product={previewOf(product)} />
    </div>
  );
}
