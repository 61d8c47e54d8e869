import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleStatusBadge } from "@/components/content/article-status";
import { ArticleView } from "@/components/content/article-view";
import { requireActor } from "@/lib/auth/current";
import { getArticlePreview } from "@/lib/content/queries-admin";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "预览" };

type Props = { params: Promise<{ id: string }> };

// 预览: the public rendering of an item in any status, for administrators only (never cached,
// never indexed: the admin layout says noindex).
export default async function PreviewArticlePage({ params }: Props) {
  const actor = await requireActor(undefined, ["ADMIN"]);
  const id = parseRouteId((await params).id);
  const data = id ? await getArticlePreview(actor, id) : null;
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <div role="status" className="flex flex-wrap items-center gap-3 rounded border border-sky-300 bg-sky-50 px-4 py-3 text-sky-900">
        <span className="font-medium">预览</span>
        <ArticleStatusBadge status={data.article.status} />
        <span>{data.article.status === "PUBLISHED" ? "这是公众看到的页面。" : "公众看不到这条内容，发布后才会显示。"}</span>
        <Link href={`/admin/content/${data.article.id}`} className="text-brand-700 underline">
          返回编辑
        </Link>
      </div>
      <div className="-mx-4 bg-slate-50">
        <ArticleView data={data} />
      </div>
    </div>
  );
}
