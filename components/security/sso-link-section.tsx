import { ActionButton } from "@/components/ui/action-button";
import { linkSsoAction } from "@/lib/accounts/actions";

// 统一身份认证 in 账号信息: linked, or a button that links it while the owner is signed in (fix 3).
export function SsoLinkSection({ linked, available }: { linked: boolean; available: boolean }) {
  return (
    <section aria-labelledby="sso-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="sso-title" className="text-lg font-semibold text-slate-900">
        甘肃省统一身份认证
      </h2>
      {linked ? (
        <p className="mt-3 text-slate-800">已关联：可使用统一身份认证登录本账号。</p>
      ) : available ? (
        <div className="mt-3 space-y-3">
          <p className="text-sm text-slate-700">关联后可使用统一身份认证登录本账号；已有的认证信息不会被改动。</p>
          <ActionButton action={linkSsoAction} name="sso-link" pendingText="正在跳转…">
            关联统一身份认证
          </ActionButton>
        </div>
      ) : (
        <p className="mt-3 text-sm text-slate-700">统一身份认证暂未开通。</p>
      )}
    </section>
  );
}
