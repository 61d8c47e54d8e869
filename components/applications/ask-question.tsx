"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ACCOUNT_CHANGED_EVENT } from "@/components/auth/account-status";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/hint-cookie";
import { TextMessageForm } from "./question-form";

const subscribe = (notify: () => void) => {
  window.addEventListener(ACCOUNT_CHANGED_EVENT, notify);
  return () => window.removeEventListener(ACCOUNT_CHANGED_EVENT, notify);
};
const signedIn = () => document.cookie.split("; ").some((c) => c.startsWith(`${SIGNED_IN_HINT_COOKIE}=`));

export function AskQuestion({
  productId,
  action,
}: {
  productId: string;
  action: (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown> | null>;
}) {
  const hinted = useSyncExternalStore(subscribe, signedIn, () => false);
  if (!hinted) {
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
      <TextMessageForm action={action} id="question" name="question" label="咨询内容" button="提交咨询" hint="5至500字" />
      <Link href="/me/consultations" className="inline-block text-sm text-brand-700 underline">
        查看我的咨询
      </Link>
    </div>
  );
}
