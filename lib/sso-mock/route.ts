import "server-only";
import { requestOriginFrom } from "@/lib/request-meta";
import { mockIssuer } from "@/lib/sso/settings";

// Route handlers of the mock provider answer 404 when the mock is off (production, or a real
// provider configured), and otherwise get the issuer that matches the request's origin.
export function mockRoute(handler: (request: Request, issuer: string) => Promise<Response> | Response) {
  return async (request: Request): Promise<Response> => {
    const issuer = mockIssuer(requestOriginFrom(request.headers));
    if (!issuer) return new Response("Not Found", { status: 404 });
    return handler(request, issuer);
  };
}
