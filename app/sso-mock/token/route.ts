import { tokenEndpoint } from "@/lib/sso-mock/endpoints";
import { mockRoute } from "@/lib/sso-mock/route";

export const POST = mockRoute((request, issuer) => tokenEndpoint(request, issuer));
