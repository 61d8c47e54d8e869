import type { NextRequest } from "next/server";
import { currentActor, requestMeta } from "@/lib/auth/current";
import { isAdmin } from "@/lib/domain/actor";
import { exportAudit } from "@/lib/supervision/audit-export";
import { parseAuditFilter } from "@/lib/supervision/audit-queries";

// 审计日志 → 导出 (管理后台): the page's filter from the query string. Route handlers do not pass through the admin
// layout: the role is checked here (anyone else gets the not-found answer), again in the export, which audits itself.
const notFound = () => new Response("记录不存在或无权查看", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: NextRequest): Promise<Response> {
  const actor = await currentActor();
  if (!actor || !isAdmin(actor)) return notFound();
  const filter = parseAuditFilter(Object.fromEntries(request.nextUrl.searchParams));
  const { body, filename } = await exportAudit(actor, filter, await requestMeta());
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="audit.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "no-store",
    },
  });
}
