import { discoveryDocument } from "@/lib/sso-mock/endpoints";
import { mockRoute } from "@/lib/sso-mock/route";

export const GET = mockRoute((_request, issuer) => Response.json(discoveryDocument(issuer), { headers: { "cache-control": "no-store" } }));
