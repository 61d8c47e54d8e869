"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { articleTag, CACHE_TAGS } from "@/lib/cache/tags";
import { idSchema } from "@/lib/domain/ids";
import { createArticle, publishArticle, setArticlePinned, unpublishArticle, updateArticle, type ArticleRef } from "./commands";
import { articleSchema } from "./schema";

// 政策与新闻 (管理后台): administrators only, checked here by the builder and again in the commands.
// Public pages read through 'use cache' with CACHE_TAGS.articles (lists, 首页, the centres, the
// sitemap) and articleTag(id) (the item's page): every change that can be seen expires both.
const publicTags = (ref: ArticleRef) => [CACHE_TAGS.articles, articleTag(ref.id)];
const back = (done: string) => (ref: ArticleRef) => `/admin/content/${ref.id}?done=${done}`;

// A new item is a draft: no public page changes, so no tag is expired.
export const createArticleAction = action({
  roles: ["ADMIN"],
  input: articleSchema,
  run: ({ actor, meta, now }, input) => createArticle(actor, input, meta, now),
  redirect: back("created"),
});

export const updateArticleAction = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: articleSchema,
  run: ({ actor, meta, now }, input, [id]) => updateArticle(actor, id, input, meta, now),
  revalidate: publicTags,
  redirect: back("saved"),
});

export const publishArticleAction = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta }, _input, [id]) => publishArticle(actor, id, meta),
  revalidate: publicTags,
  redirect: back("published"),
});

export const unpublishArticleAction = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta }, _input, [id]) => unpublishArticle(actor, id, meta),
  revalidate: publicTags,
  redirect: back("unpublished"),
});

export const pinArticleAction = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema, z.boolean()]),
  run: ({ actor, meta }, _input, [id, pinned]) => setArticlePinned(actor, id, pinned, meta),
  revalidate: publicTags,
  redirect: (ref, _input, [, pinned]) => back(pinned ? "pinned" : "unpinned")(ref),
});
