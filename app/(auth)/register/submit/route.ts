import { registerAction } from "@/lib/accounts/actions";
import { formPostHandler } from "@/lib/actions/form-post";

// The 注册 form posts here (lib/actions/form-post.ts).
export const POST = formPostHandler(registerAction);
