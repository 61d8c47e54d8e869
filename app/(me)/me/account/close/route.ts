import { formPostHandler } from "@/lib/actions/form-post";
import { closeAccountAction } from "@/lib/privacy/actions";

// 注销账号 posts here as a new document (lib/actions/form-post.ts): a success after a refused password would
// not commit inside the page (the router bug of 登录/注册).
export const POST = formPostHandler(closeAccountAction);
