import { connection } from "next/server";
import { activityIcs } from "@/lib/activities/calendar";
import { getPublicActivity } from "@/lib/activities/queries-public";
import { parseRouteId } from "@/lib/domain/ids";

// 添加到日历: the published activity as an .ics file (the data from the cached read).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  const id = parseRouteId((await params).id);
  const activity = id ? await getPublicActivity(id) : null;
  if (!activity) return new Response("活动不存在或已下架", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(activityIcs(activity), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="activity.ics"; filename*=UTF-8''${encodeURIComponent(`${activity.title}.ics`)}`,
    },
  });
}
