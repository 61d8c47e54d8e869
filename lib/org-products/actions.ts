"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { CACHE_TAGS, productTag } from "@/lib/cache/tags";
import { idSchema } from "@/lib/domain/ids";
import { createOrgProduct, submitOrgProduct, unpublishOrgProduct, updateOrgProduct } from "./commands";
import { reviewProduct, takeDownProduct } from "./review";
import { productSchema, reasonSchema, takeDownSchema } from "./schema";

// 产品管理 (机构工作台, STAFF) and 产品审核 (管理后台, ADMIN). What is on the public catalogue expires its
// tags: the listings and the product's own page change at once.
const live = (id: string) => [CACHE_TAGS.products, productTag(id)];

export const addOrgProduct = action({
  roles: ["STAFF"],
  input: productSchema,
  run: ({ actor, meta }, input) => createOrgProduct(actor, input, meta),
  redirect: (done) => `/org/products/${done.id}?done=created`,
});

export const editOrgProduct = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  input: productSchema,
  run: ({ actor, meta }, input, [id]) => updateOrgProduct(actor, id, input, meta),
  revalidate: (done) => (done.published ? live(done.id) : []),
  redirect: (done) => `/org/products/${done.id}?done=${done.published ? "updated-live" : "updated"}`,
});

export const submitProduct = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta, now }, _input, [id]) => submitOrgProduct(actor, id, meta, now),
  redirect: (done) => `/org/products/${done.id}?done=submitted`,
});

export const unpublishProduct = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta }, _input, [id]) => unpublishOrgProduct(actor, id, meta),
  revalidate: (done) => live(done.id),
  redirect: (done) => `/org/products/${done.id}?done=unpublished`,
});

export const approveProduct = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta, now }, _input, [id]) => reviewProduct(actor, id, true, null, meta, now),
  revalidate: (done) => live(done.id),
  redirect: (done) => `/admin/products/${done.id}?done=approved`,
});

export const returnProduct = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: reasonSchema,
  run: ({ actor, meta, now }, { reason }, [id]) => reviewProduct(actor, id, false, reason, meta, now),
  redirect: (done) => `/admin/products/${done.id}?done=returned`,
});

export const takeDown = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: takeDownSchema,
  run: ({ actor, meta }, { reason }, [id]) => takeDownProduct(actor, id, reason, meta),
  revalidate: (done) => live(done.id),
  redirect: (done) => `/admin/products/${done.id}?done=taken-down`,
});
