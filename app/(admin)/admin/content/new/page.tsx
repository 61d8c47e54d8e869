import type { Metadata } from "next";
import Link from "next/link";
import { ArticleForm } from "@/components/content/article-form";
import { requireActor } from "@/lib/auth/current";
import { createArticleAction } from "@/lib/content/actions";
import { ARTICLE_KINDS } from "@/lib/content/reference";
import { articleFormValues } from "@/lib/content/schema";

export const metadata: Metadata = { title: "新建政策与新闻" };

type Props = { searchParams: Promise<{ kind?: string }> };

// A new item is saved as a draft; it is published from its page after a preview.
export default async function NewArticlePage({ searchParams }: Props) {
  await requireActor(undefined, ["ADMIN"]);
  const kind = (await searchParams).kind === "NEWS" ? "NEWS" : "POLICY";
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/content" className="text-sm text-brand-700 underline">
          返回政策与新闻
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">新建{ARTICLE_KINDS[kind].label}</h1>
      <p className="text-slate-700">保存后为草稿，公众看不到；预览无误后再发布。</p>
      <ArticleForm action={createArticleAction} defaults={articleFormValues({ kind })} label="内容" submitLabel="保存草稿" />
    </div>
  );
}
