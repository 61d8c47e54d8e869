import type { NextRequest } from "next/server";
import { exportRegistrants } from "@/lib/activities/export";
import { currentActor, requestMeta } from "@/lib/auth/current";
import { isAdmin } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { parseRouteId } from "@/lib/domain/ids";

// 导出报名名单 (管理后台): GET gives masked phones, POST (the admin confirmed) the full numbers.
// Route handlers do not pass through the admin layout: the role is checked here, again in the export.
type Context = { params: Promise<{ id: string }> };

const notFound = () => new Response("记录不存在或无权查看", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

async function answer(context: Context, fullPhones: boolean): Promise<Response> {
  const actor = await currentActor();
  const id = parseRouteId((await context.params).id);
  if (!actor || !isAdmin(actor) || !id) return notFound();
  try {
    const { csv, filename } = await exportRegistrants(actor, id, { fullPhones }, await requestMeta());
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="registrants.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

export function GET(_request: NextRequest, context: Context): Promise<Response> {
  return answer(context, false);
}

export async function POST(request: NextRequest, context: Context): Promise<Response> {
  // The same-origin check Next does for server actions: another site cannot trigger the full export.
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && new URL(origin).host !== host) return new Response(null, { status: 403 });
  return answer(context, true);
}
