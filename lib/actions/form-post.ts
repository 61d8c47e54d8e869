import "server-only";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import type { NextRequest } from "next/server";

// 登录, 注册 and 退出 change who is signed in: their forms post to a route handler (a plain POST, with or
// without JavaScript) that runs the same server action and answers with a 303 and a new document.
// Run inside the page, a server action that sets the session cookie triggers a re-render of the page
// by Next's router, which after an earlier refusal on the same page never commits (next.js #98303);
// and a new document leaves nothing of the previous account's pages in the browser.
export function formPostHandler(action: (previous: null, input: FormData) => Promise<unknown>) {
  return async (request: NextRequest): Promise<Response> => {
    // The same-origin check Next does for server actions (a cross-site form could otherwise sign
    // someone out or in).
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (origin && host && new URL(origin).host !== host) return new Response(null, { status: 403 });
    const data = await request.formData();
    try {
      await action(null, data);
    } catch (error) {
      if (isRedirectError(error)) return new Response(null, { status: 303, headers: { Location: getURLFromRedirectError(error) ?? "/" } });
      throw error;
    }
    return new Response(null, { status: 303, headers: { Location: "/" } });
  };
}
