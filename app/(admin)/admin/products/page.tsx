import type { Metadata } from "next";
import { connection } from "next/server";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { ProductTable } from "@/components/supervision/product-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { listAdminProducts } from "@/lib/org-products/queries";

export const metadata: Metadata = { title: "产品审核" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// 产品审核: the products institutions submitted (oldest first), or every product.
export default async function AdminProductsPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const sp = await searchParams;
  const all = sp.view === "all";
  const data = await listAdminProducts(actor, { page: parsePage(sp.page), pending: !all });
  const href = (page: number) => `/admin/products?${new URLSearchParams({ ...(all ? { view: "all" } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">产品审核</h1>
      <FilterLinks label="范围" options={[{ value: "all", label: "全部产品" }]} current={all ? "all" : undefined} hrefFor={(v) => (v ? "/admin/products?view=all" : "/admin/products")} />
      <p className="text-sm text-slate-700">{all ? `共 ${data.total} 个产品` : `待审核 ${data.total} 个`}</p>
      {data.total === 0 ? <EmptyState title={all ? "暂无产品" : "暂无待审核的产品"} /> : <ProductTable rows={data.items} base="/admin/products" showInstitution />}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={href} label="产品列表分页" />
    </div>
  );
}
