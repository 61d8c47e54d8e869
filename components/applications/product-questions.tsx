import { AskQuestion } from "./ask-question";

// 我要咨询 on a product page: the form for signed-in users (the server action checks the session and
// the account kind again), a login link for visitors.
export function ProductQuestions({ productId, institutionName }: { productId: string; institutionName: string }) {
  return (
    <section aria-labelledby="ask-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="ask-heading" className="text-lg font-semibold text-slate-900">
        我要咨询
      </h2>
      <p className="mt-1 text-sm text-slate-700">对产品有疑问，可以直接向{institutionName}提问，回复将通过消息中心通知您。</p>
      <div className="mt-3">
        <AskQuestion productId={productId} />
      </div>
    </section>
  );
}
