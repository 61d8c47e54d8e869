// Content-Security-Policy. Two policies, one source of the directives:
// - the static one (next.config.ts) for public pages, which stay cacheable: scripts need 'unsafe-inline' for
//   Next's inline bootstrap there;
// - a nonce-based one (proxy.ts) for 登录, 注册, 个人中心, 机构工作台 and 管理后台, where people sign in and personal
//   data is shown: only scripts carrying this response's nonce run, and those they load ('strict-dynamic').
// Next reads the nonce from the request's Content-Security-Policy header and puts it on its own scripts;
// those pages already render per request (they read the session), so the nonce costs no caching.
export const NONCE_PATH_PREFIXES = ["/login", "/register", "/me", "/org", "/admin"] as const;

export function needsNonce(pathname: string): boolean {
  return NONCE_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function directives(scriptSrc: string, baseUri: string, connectSrc: readonly string[] = []): string {
  return [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://utfs.io https://*.ufs.sh",
    "font-src 'self' data:",
    ["connect-src 'self'", ...connectSrc].join(" "),
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "form-action 'self'",
    `base-uri ${baseUri}`,
    "object-src 'none'",
  ].join("; ");
}

const evalInDev = (production: boolean) => (production ? "" : " 'unsafe-eval'");

export function staticCsp(production: boolean): string {
  return directives(`script-src 'self' 'unsafe-inline'${evalInDev(production)}`, "'none'");
}

// `uploadOrigins`: where the browser sends public images when UploadThing is configured (its ingest servers);
// the pages that upload (管理后台, 个人中心) all carry this policy.
export function nonceCsp(nonce: string, production: boolean, uploadOrigins: readonly string[] = []): string {
  return directives(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev(production)}`, "'none'", uploadOrigins);
}
