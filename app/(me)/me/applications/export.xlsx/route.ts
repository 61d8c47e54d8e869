import { exportMyApplications } from "@/lib/applications/export";
import { currentActor } from "@/lib/auth/current";
import { isApplicant } from "@/lib/domain/actor";

// 导出 Excel of 申请记录. Route handlers do not pass through the 个人中心 layout: the session is
// checked here, and the export reads the signed-in user's own records only.
export async function GET(): Promise<Response> {
  const actor = await currentActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/login?callbackUrl=%2Fme%2Fapplications" } });
  if (!isApplicant(actor)) return new Response("记录不存在或无权查看", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { body, filename } = await exportMyApplications(actor);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="applications.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "no-store",
    },
  });
}
