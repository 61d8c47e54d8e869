import { NextResponse, type NextRequest } from "next/server";
import { signIn } from "@/auth";
import { requestOriginFrom } from "@/lib/request-meta";
import { SSO_PROVIDER_ID, ssoSettings } from "@/lib/sso/settings";
import { safeCallbackUrl } from "@/lib/accounts/schema";

// 甘肃省统一身份认证系统: a plain link starts the OpenID Connect flow (a GET, so that no form-action
// rule gets in the way of the cross-site redirect to a real provider). Auth.js sets the state,
// PKCE and nonce cookies and answers with the provider's authorization URL.
export async function GET(request: NextRequest) {
  const callbackUrl = safeCallbackUrl(request.nextUrl.searchParams.get("callbackUrl"));
  if (!ssoSettings(requestOriginFrom(request.headers))) {
    const origin = requestOriginFrom(request.headers) ?? request.nextUrl.origin;
    return NextResponse.redirect(new URL("/login?error=sso-unavailable", origin), 303);
  }
  const url = await signIn(SSO_PROVIDER_ID, { redirectTo: callbackUrl, redirect: false });
  return NextResponse.redirect(url, 303);
}
