import { formPostHandler } from "@/lib/actions/form-post";
import { findAuditActor } from "@/lib/supervision/actions";

// 审计日志 → 操作人手机号 posts here as a new document (lib/actions/form-post.ts): the number stays in the POST body,
// the answer is a 303 to /admin/audit?actor=<userId>, or back to the page with the refusal beside the field. (Inside
// the page, a redirect after an earlier refusal would not commit: the router bug of 登录/注册.) The action checks the
// ADMIN role itself.
export const POST = formPostHandler(findAuditActor);
