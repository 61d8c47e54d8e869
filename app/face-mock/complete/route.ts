import type { NextRequest } from "next/server";
import { isProductionDeployment } from "@/lib/env";
import { finishMockFace, mockFaceSession } from "@/lib/services/face-verification/drivers/mock";
import { sameOrigin } from "@/lib/uploads/http";

// The mock provider's H5 page posts the demo choice here; like FaceID it then sends the browser back to the
// RedirectUrl with ?token=. 取消 goes back without a result (the server's query answers "not finished").
// Relative Locations: the server's own idea of its host may differ from the browser's (a proxy, 127.0.0.1 vs
// localhost), and the page's CSP form-action 'self' also applies to where a posted form is redirected.
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

export async function POST(request: NextRequest): Promise<Response> {
  if (isProductionDeployment() || !sameOrigin(request)) return new Response("Not Found", { status: 404 });
  const form = await request.formData().catch(() => null);
  const token = String(form?.get("BizToken") ?? "").slice(0, 100);
  const choice = String(form?.get("choice") ?? "");
  const session = await mockFaceSession(token);
  if (!session) return seeOther(`/face-mock?BizToken=${encodeURIComponent(token)}`);
  let target: string | null;
  if (choice === "success" || choice === "failure") target = await finishMockFace(token, choice);
  else target = `${session.redirectUrl}${session.redirectUrl.includes("?") ? "&" : "?"}token=${encodeURIComponent(token)}`;
  return seeOther(target ?? "/me/certification");
}
