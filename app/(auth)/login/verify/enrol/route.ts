import { formPostHandler } from "@/lib/actions/form-post";
import { enrolSecondFactorAction } from "@/lib/auth/second-factor/actions";

// 绑定身份验证器 at a staff or 金融办 login posts here (lib/actions/form-post.ts).
export const POST = formPostHandler(enrolSecondFactorAction);
