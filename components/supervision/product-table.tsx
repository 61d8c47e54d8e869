import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { productStatusLabel } from "@/lib/org-products/status";

interface Row {
  id: string;
  name: string;
  status: string;
  reviewStatus: string | null;
  updatedAt: Date;
  institution: { name: string };
}

// The products of 产品管理 (机构工作台) and 产品审核 (管理后台); scrolls sideways on a phone.
export function ProductTable({ rows, base, showInstitution }: { rows: Row[]; base: string; showInstitution?: boolean }) {
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 text-slate-900";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="产品列表">
      <table className="min-w-full text-sm">
        <caption className="sr-only">产品列表</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>产品名称</th>
            {showInstitution ? <th scope="col" className={th}>发布机构</th> : null}
            <th scope="col" className={th}>状态</th>
            <th scope="col" className={th}>更新时间</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((p) => (
            <tr key={p.id}>
              <td className="min-w-56 px-3 py-2">
                <Link href={`${base}/${p.id}`} className="tap text-brand-700 underline underline-offset-2">{p.name}</Link>
              </td>
              {showInstitution ? <td className={td}>{p.institution.name}</td> : null}
              <td className={td}>{productStatusLabel(p)}</td>
              <td className={td}>{formatDateTime(p.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
