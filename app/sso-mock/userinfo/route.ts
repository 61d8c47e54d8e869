import { userinfoEndpoint } from "@/lib/sso-mock/endpoints";
import { mockRoute } from "@/lib/sso-mock/route";

export const GET = mockRoute((request, issuer) => userinfoEndpoint(request, issuer));
export const POST = GET;
