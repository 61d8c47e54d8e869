import { formPostHandler } from "@/lib/actions/form-post";
import { submitPersonalCertification } from "@/lib/certification/actions";

// 个人认证 step 1 posts here as a new document (multipart, lib/actions/form-post.ts); the answer is a 303 to
// the face-check provider's page, or back to the form with its messages.
export const POST = formPostHandler(submitPersonalCertification);
