import { currentActor } from "@/lib/auth/current";
import { isAdmin } from "@/lib/domain/actor";
import { exportStatistics } from "@/lib/statistics/export";
import { parseStatisticsFilter } from "@/lib/statistics/period";
import { parseRankingKey } from "@/lib/statistics/ranking";

// 监管统计 → 导出 Excel. Route handlers skip the admin layout: the role is checked here (anyone else: 404).
export async function GET(request: Request): Promise<Response> {
  const actor = await currentActor();
  if (!actor || !isAdmin(actor)) return new Response("页面不存在", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const sp = Object.fromEntries(new URL(request.url).searchParams);
  const { body, filename } = await exportStatistics(actor, parseStatisticsFilter(sp), parseRankingKey(sp.sort));
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="statistics.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "no-store",
    },
  });
}
