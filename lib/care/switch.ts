import "server-only";
import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { requestOriginFrom } from "@/lib/request-meta";
import { saveAccountMode } from "./commands";
import { setModeCookie } from "./cookie";
import { parseMode, returnPathFrom } from "./mode";

// Sets the browser's cookie (and the account's choice when signed in), then sends the browser back
// to the page it was on with a 303, which the server renders in the new mode.
export async function switchModeResponse(request: NextRequest): Promise<Response> {
  // The same-origin check Next does for server actions: another site must not flip the mode.
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && new URL(origin).host !== host) return new Response(null, { status: 403 });
  const data = await request.formData();
  const mode = parseMode(data.get("mode"));
  const siteOrigin = requestOriginFrom(request.headers) ?? request.nextUrl.origin;
  const back = returnPathFrom(request.headers.get("referer"), siteOrigin, data.get("back"));
  if (mode) {
    await setModeCookie(mode);
    const actor = await currentActor();
    if (actor) await saveAccountMode(actor, mode);
  }
  return new Response(null, { status: 303, headers: { Location: back } });
}
