import { formPostHandler } from "@/lib/actions/form-post";
import { verifySecondFactorAction } from "@/lib/auth/second-factor/actions";

// 动态验证码 of a staff or 金融办 login posts here (lib/actions/form-post.ts).
export const POST = formPostHandler(verifySecondFactorAction);
