import type { NextRequest } from "next/server";
import { currentActor, requestMeta } from "@/lib/auth/current";
import { finishPersonalCertification } from "@/lib/certification/personal";
import { DomainError, NotFoundError } from "@/lib/domain/errors";

// The face-check provider sends the browser back here with ?token=<BizToken> (its RedirectUrl). The result
// is asked of the provider by the server (lib/certification/personal.ts); other parameters are ignored.
// A refusal is named by a code, never by text from the URL.
export async function GET(request: NextRequest): Promise<Response> {
  // A relative Location: the server's idea of its own host may differ from the browser's.
  const back = (path: string) => new Response(null, { status: 303, headers: { Location: path } });
  const actor = await currentActor();
  if (!actor) return back(`/login?callbackUrl=${encodeURIComponent(`${request.nextUrl.pathname}${request.nextUrl.search}`)}`);
  const token = request.nextUrl.searchParams.get("token") ?? "";
  try {
    if (!token || token.length > 100) throw new NotFoundError("认证记录");
    await finishPersonalCertification(actor, token, await requestMeta());
    return back("/me/certification?done=personal");
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const code = error instanceof NotFoundError ? "notfound" : /不可用/.test(error.message) ? "unavailable" : "used";
    return back(`/me/certification?face=${code}`);
  }
}
