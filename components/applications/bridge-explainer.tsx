import { CONTACT } from "@/lib/reference";

// 转贷业务: what the bridge-fund service is, who qualifies, what it costs and how it works.
export function BridgeExplainer({ providerName }: { providerName: string | null }) {
  const h2 = "text-lg font-semibold text-slate-900";
  return (
    <div className="grid gap-5 md:grid-cols-2">
      <section aria-labelledby="bridge-what" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="bridge-what" className={h2}>什么是转贷（过桥）服务</h2>
        <p className="mt-2 leading-7 text-slate-800">
          企业银行贷款即将到期、银行同意续贷但需要“先还后贷”时，由政府支持的转贷服务机构提供短期周转资金，
          帮助企业按时归还到期贷款；银行续贷放款后，企业归还转贷资金。这样企业不必借高息民间资金，也避免逾期影响征信。
        </p>
        {providerName ? (
          <p className="mt-2 text-slate-800">
            本平台的转贷服务由 <strong>{providerName}</strong> 办理。
          </p>
        ) : (
          <p className="mt-2 text-slate-800">转贷服务机构正在确定中，暂不能在线申请。</p>
        )}
      </section>
      <section aria-labelledby="bridge-who" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="bridge-who" className={h2}>申请条件</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 leading-7 text-slate-800">
          <li>在天水市依法登记、生产经营正常的中小微企业；</li>
          <li>贷款即将到期（一般在到期前30天内申请），且贷款银行已同意续贷或出具续贷意向；</li>
          <li>企业及实际控制人无恶意逃废债、无不良信用记录，贷款资金未被挪用于禁止性领域；</li>
          <li>转贷资金只用于归还本企业在银行的到期贷款，专款专用、封闭运行。</li>
        </ul>
      </section>
      <section aria-labelledby="bridge-cost" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="bridge-cost" className={h2}>费用说明</h2>
        <p className="mt-2 leading-7 text-slate-800">
          转贷资金按实际使用天数收取资金使用费，费率明显低于市场同类短期融资，一般使用期限不超过30天，最长不超过90天；
          不收取保证金或其他额外费用。具体费率以服务机构与企业签订的协议为准。
        </p>
      </section>
      <section aria-labelledby="bridge-how" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="bridge-how" className={h2}>办理流程</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 leading-7 text-slate-800">
          <li>企业在线提交转贷申请；</li>
          <li>服务机构受理，与贷款银行核实续贷意向；</li>
          <li>审批通过后签订协议，转贷资金划入企业还款账户归还到期贷款；</li>
          <li>银行续贷放款，企业归还转贷资金。</li>
        </ol>
        <p className="mt-2 text-sm text-slate-700">
          咨询电话：<a href={`tel:${CONTACT.phone}`} className="text-brand-700 underline">{CONTACT.phone}</a>
        </p>
      </section>
    </div>
  );
}
