import Link from "next/link";
import { askAboutProduct } from "@/lib/consultations/actions";
import { currentUser } from "@/lib/auth/current";
import { TextMessageForm } from "./question-form";

// The form for signed-in users, a login link for visitors: a dynamic part of the (cached) product page.
export async function AskQuestion({ productId }: { productId: string }) {
  const user = await currentUser();
  if (!user) {
    return (
      <p className="text-slate-800">
        请先
        <Link href={`/login?callbackUrl=${encodeURIComponent(`/products/${productId}`)}`} className="mx-1 text-brand-700 underline">
          登录
        </Link>
        后提交咨询。
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <TextMessageForm
        action={askAboutProduct.bind(null, productId)}
        kind="question"
        id="question"
        name="question"
        label="咨询内容"
        button="提交咨询"
        hint="5至500字"
      />
      <Link href="/me/consultations" className="inline-block text-sm text-brand-700 underline">
        查看我的咨询
      </Link>
    </div>
  );
}
