import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "页面不存在", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-4 text-2xl font-semibold">页面不存在</h1>
      <p className="mt-3 text-slate-600">您访问的页面不存在、已下架，或您无权查看。</p>
      <div className="mt-8 flex justify-center gap-4">
        <Link href="/" className="rounded bg-brand-700 px-5 py-2.5 text-white hover:bg-brand-800">
          返回首页
        </Link>
        <Link href="/products" className="rounded border border-brand-700 px-5 py-2.5 text-brand-700 hover:bg-brand-50">
          浏览金融超市
        </Link>
      </div>
    </div>
  );
}
