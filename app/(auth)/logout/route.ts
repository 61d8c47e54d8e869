import { logoutAction } from "@/lib/accounts/actions";
import { formPostHandler } from "@/lib/actions/form-post";

// 退出 in the header posts here (lib/actions/form-post.ts).
export const POST = formPostHandler(logoutAction);
