import Link from "next/link";
import { Disclosure } from "@/components/accounts/disclosure";
import { ActionButton } from "@/components/ui/action-button";
import { formatDateTime } from "@/lib/format";
import { cancelClosureAction, withdrawAuthorizationAction } from "@/lib/privacy/actions";
import { closesAt, COOLING_OFF_DAYS } from "@/lib/privacy/close-due";
import type { AuthorizationStatus } from "@/lib/privacy/consent";
import { CloseAccountForm } from "./close-account-form";

const card = "mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

// 个人信息 in 账号信息 (PIPL rights, docs/privacy.md): 下载我的数据, 撤回授权, 注销账号 / 撤销注销.
export function PrivacySection({
  authorization,
  deletionRequestedAt,
  closeFormOpen = false,
}: {
  authorization: AuthorizationStatus;
  deletionRequestedAt: Date | null;
  closeFormOpen?: boolean; // the form came back refused (it posts as a new document)
}) {
  return (
    <section aria-labelledby="privacy-title" className={card}>
      <h2 id="privacy-title" className="text-lg font-semibold text-slate-900">
        个人信息
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        平台如何收集、使用和保护您的信息，见
        <Link href="/privacy" className="text-brand-700 underline">
          《个人信息保护政策》
        </Link>
        。
      </p>

      <h3 className="mt-5 font-medium text-slate-900">下载我的数据</h3>
      <p className="mt-1 text-sm text-slate-700">一个 JSON 文件，包含平台保存的您的全部信息：账号、认证、贷款申请、融资需求、活动报名、咨询、约谈、消息和授权记录。</p>
      <form method="post" action="/me/account/data" className="mt-2">
        <button type="submit" className="inline-flex min-h-11 items-center rounded border border-brand-700 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50">
          下载我的数据
        </button>
      </form>

      <h3 className="mt-6 font-medium text-slate-900">《用户授权协议》授权</h3>
      {authorization.active > 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-700" data-testid="authorization-status">
            已授权（最近一次：{formatDateTime(authorization.lastAcceptedAt!)}，随贷款申请同意）。
          </p>
          <div className="mt-2">
            <Disclosure label="撤回授权">
              <p className="text-sm text-slate-700">
                撤回后，平台不再基于此前的授权处理您的信息，今后提交贷款申请时需重新同意《用户授权协议》。撤回不影响撤回前已进行的处理：已提交给金融机构的申请仍由该机构依法办理，您可在“申请记录”中撤回申请。
              </p>
              <div className="mt-3">
                <ActionButton action={withdrawAuthorizationAction} name="withdraw-authorization" pendingText="正在撤回…">
                  确认撤回授权
                </ActionButton>
              </div>
            </Disclosure>
          </div>
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-700" data-testid="authorization-status">
          {authorization.withdrawnAt ? `您已于${formatDateTime(authorization.withdrawnAt)}撤回授权，提交新的贷款申请时需重新同意。` : "您尚未授权（提交贷款申请时需阅读并同意《用户授权协议》）。"}
        </p>
      )}

      <h3 className="mt-6 font-medium text-slate-900">注销账号</h3>
      {deletionRequestedAt ? (
        <div role="status" className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>
            注销申请已提交，账号将于 <strong>{formatDateTime(closesAt(deletionRequestedAt))}</strong> 注销。在此之前可撤销注销。
          </p>
          <div className="mt-2">
            <ActionButton action={cancelClosureAction} name="cancel-closure" pendingText="正在撤销…">
              撤销注销
            </ActionButton>
          </div>
        </div>
      ) : (
        <>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>申请提交{COOLING_OFF_DAYS}天后生效；在此期间可登录并撤销注销，其他设备上的登录将立即退出。</li>
            <li>生效后，您的账号、认证信息、消息和登录记录将被删除，手机号和统一社会信用代码可重新注册。</li>
            <li>金融机构依法需保存的贷款申请记录（金额、期限、办理结果）将保留，但去除您的姓名、身份证号、手机号和收入信息。</li>
            <li>有正在办理的贷款申请或对接中的融资需求时，请先办结或撤回。</li>
          </ul>
          <div className="mt-3">
            <Disclosure label="注销账号" defaultOpen={closeFormOpen}>
              <CloseAccountForm coolingOffDays={COOLING_OFF_DAYS} />
            </Disclosure>
          </div>
        </>
      )}
    </section>
  );
}
