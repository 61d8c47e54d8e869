import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { ArticleAdminPanel } from "@/components/content/article-admin-panel";
import { ArticleForm } from "@/components/content/article-form";
import { requireActor } from "@/lib/auth/current";
import { updateArticleAction } from "@/lib/content/actions";
import { getArticleForAdmin } from "@/lib/content/queries-admin";
import { ARTICLE_KINDS } from "@/lib/content/reference";
import { articleFormValues } from "@/lib/content/schema";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "编辑政策与新闻" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE: Record<string, string> = {
  created: "已保存为草稿。公众还看不到，预览无误后点“发布”。",
  saved: "已保存。",
  published: "已发布，公众现在可以看到这条内容。",
  unpublished: "已下架，公众已看不到这条内容；需要时可以重新发布。",
  pinned: "已置顶。",
  unpinned: "已取消置顶。",
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  const actor = await requireActor(undefined, ["ADMIN"]);
  const id = parseRouteId((await params).id);
  const article = id ? await getArticleForAdmin(actor, id) : null;
  if (!article) notFound();
  const { done } = await searchParams;
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/content" className="text-sm text-brand-700 underline">
          返回政策与新闻
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">编辑{ARTICLE_KINDS[article.kind].label}</h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      <ArticleAdminPanel article={article} />
      <ArticleForm action={updateArticleAction.bind(null, article.id)} defaults={articleFormValues(article)} label="内容" submitLabel="保存修改" />
    </div>
  );
}
