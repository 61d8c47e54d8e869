import { CredentialsSignin } from "next-auth";
import type { LoginFailure } from "./password-login";

// Thrown by the Credentials provider's authorize(): Auth.js passes it through to the login
// action unchanged, which shows the failure's message beside the right field.
export class LoginError extends CredentialsSignin {
  constructor(readonly failure: LoginFailure) {
    super(failure.message);
    this.code = failure.code;
  }
}

// Messages for the ?error= values Auth.js and the SSO callback put on /login.
export function loginErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  const sso: Record<string, string> = {
    "sso-role": "机构人员和管理员请使用账号密码登录",
    "sso-linked-elsewhere": "该手机号已关联其他统一身份认证账号，请使用账号密码登录",
    "sso-unverified-phone": "统一身份认证未确认您的手机号，无法开通账号，请使用手机号注册",
    "sso-link-required": "该手机号已注册平台账号：请先使用账号密码登录，再在 个人中心 → 账号信息 关联统一身份认证",
    "sso-id-token": "统一身份认证的登录凭证未通过校验，请重试或使用账号密码登录",
    "sso-disabled": "该账号已停用，请联系平台管理员",
    "sso-claims": "统一身份认证返回的信息不完整，请稍后重试",
    "sso-unavailable": "统一身份认证暂未开通，请使用账号密码登录",
  };
  if (sso[error]) return sso[error];
  if (error === "CredentialsSignin") return "手机号或密码错误";
  return "统一身份认证登录未完成，请重试或使用账号密码登录";
}
