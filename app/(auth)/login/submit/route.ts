import { loginAction } from "@/lib/accounts/actions";
import { formPostHandler } from "@/lib/actions/form-post";

// The 登录 form posts here (lib/actions/form-post.ts).
export const POST = formPostHandler(loginAction);
