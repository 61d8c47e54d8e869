import { authorizeGet, authorizePost } from "@/lib/sso-mock/authorize";
import { mockRoute } from "@/lib/sso-mock/route";

export const GET = mockRoute((request, issuer) => authorizeGet(request, issuer));
export const POST = mockRoute((request, issuer) => authorizePost(request, issuer));
