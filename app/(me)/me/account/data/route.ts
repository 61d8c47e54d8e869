import type { NextRequest } from "next/server";
import { currentActor, requestMeta } from "@/lib/auth/current";
import { exportFileName, exportMyData } from "@/lib/privacy/export";

// 下载我的数据 (账号信息): a POST (a button, never a link a page could prefetch or a log could keep), from this
// site only, for the signed-in account only; the answer is a file that no cache keeps.
export async function POST(request: NextRequest): Promise<Response> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && new URL(origin).host !== host) return new Response(null, { status: 403 });
  const actor = await currentActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/login?callbackUrl=%2Fme%2Faccount" } });
  const now = new Date();
  const data = await exportMyData(actor, await requestMeta(), now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
