import { formPostHandler } from "@/lib/actions/form-post";
import { submitEnterpriseCertification } from "@/lib/certification/actions";

// The 添加企业认证 form posts here as a new document (lib/actions/form-post.ts): run inside the page, the
// success after an earlier refusal never committed in the browser (the router bug noted there).
export const POST = formPostHandler(submitEnterpriseCertification);
