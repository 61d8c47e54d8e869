"use client";

import Link from "next/link";

export default function ErrorPage({ reset, error }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">页面出错了</h1>
      <p className="mt-3 text-slate-600">
        系统暂时无法完成您的请求，请稍后重试。您填写的内容不会丢失。
        {error.digest ? <span className="mt-2 block text-xs text-slate-500">错误编号：{error.digest}</span> : null}
      </p>
      <div className="mt-8 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-5 py-2.5 text-white hover:bg-brand-800">
          重试
        </button>
        <Link href="/" className="rounded border border-brand-700 px-5 py-2.5 text-brand-700 hover:bg-brand-50">
          返回首页
        </Link>
      </div>
    </div>
  );
}
