import { NextResponse, type NextRequest } from "next/server";
import { isProductionDeployment } from "@/lib/env";
import { finishMockFace, mockFaceSession } from "@/lib/services/face-verification/drivers/mock";
import { sameOrigin } from "@/lib/uploads/http";

// The mock provider's H5 page posts the demo choice here; like FaceID it then sends the browser back to the
// RedirectUrl with ?token=. 取消 goes back without a result (the server's query answers "not finished").
export async function POST(request: NextRequest): Promise<Response> {
  if (isProductionDeployment() || !sameOrigin(request)) return new Response("Not Found", { status: 404 });
  const form = await request.formData().catch(() => null);
  const token = String(form?.get("BizToken") ?? "").slice(0, 100);
  const choice = String(form?.get("choice") ?? "");
  const session = await mockFaceSession(token);
  if (!session) return NextResponse.redirect(new URL(`/face-mock?BizToken=${encodeURIComponent(token)}`, request.url), 303);
  let target: string | null;
  if (choice === "success" || choice === "failure") target = await finishMockFace(token, choice);
  else {
    const url = new URL(session.redirectUrl, request.url);
    url.searchParams.set("token", token);
    target = url.toString();
  }
  return NextResponse.redirect(new URL(target ?? "/me/certification", request.url), 303);
}
