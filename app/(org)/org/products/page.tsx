import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/components/applications/filter-links";
import { ProductTable } from "@/components/supervision/product-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { isManager, listOrgProducts } from "@/lib/org-products/queries";

export const metadata: Metadata = { title: "产品管理" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// 产品管理: the institution's own products, whatever their state. Only its 管理员 may create and change them.
export default async function OrgProductsPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["STAFF"]);
  const sp = await searchParams;
  const [data, manager] = await Promise.all([listOrgProducts(actor, { page: parsePage(sp.page) }), isManager(actor)]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">产品管理</h1>
        {manager ? (
          <Link href="/org/products/new" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 text-white hover:bg-brand-800">
            新增产品
          </Link>
        ) : null}
      </div>
      {manager ? null : <p className="text-sm text-slate-700">您的角色为业务员，可以查看本机构的产品；新增和修改产品请联系本机构管理员。</p>}
      <p className="text-sm text-slate-700">共 {data.total} 个产品。新增或修改后提交发布，经金融办审核通过后在金融超市上线。</p>
      {data.total === 0 ? <EmptyState title="本机构还没有产品" /> : <ProductTable rows={data.items} base="/org/products" />}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => `/org/products${p > 1 ? `?page=${p}` : ""}`} label="产品列表分页" />
    </div>
  );
}
