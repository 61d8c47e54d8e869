import "server-only";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { InvalidInputError } from "@/lib/domain/errors";
import { formUpload } from "./form";
import { uploadIdField } from "./shape";

// The 封面图片 of an activity or a 资讯 item: a PUBLIC `image` upload (kinds.ts: PNG/JPG/WEBP by the bytes,
// ≤ 5 MB) with a required 图片说明 (alt text). What the form asks for, in order:
// - a new file (posted without JavaScript, or the id of one the control just uploaded): it becomes the cover;
// - 移除封面 (a checkbox, for browsers without JavaScript) or an empty id (the control's 移除): no cover;
// - the id of the current cover: kept, whoever uploaded it (another admin may edit the record).
export interface CoverFields {
  cover?: unknown;
  coverId?: string;
  coverAlt: string;
  coverRemove: boolean;
}

export interface CoverValue {
  coverFileId: string | null;
  coverAlt: string | null;
}

export async function resolveCover(actor: Actor, input: CoverFields, currentFileId: string | null, meta?: RequestMeta): Promise<CoverValue> {
  const fileId = await resolveImageField(actor, input as unknown as Record<string, unknown>, "cover", currentFileId, input.coverRemove, meta);
  if (!fileId) return { coverFileId: null, coverAlt: null };
  if (!input.coverAlt) throw new InvalidInputError({ coverAlt: "请填写图片说明（描述图片内容，供读屏软件朗读）" });
  return { coverFileId: fileId, coverAlt: input.coverAlt };
}

// The fields a record stores, without the form's own.
export function withoutCoverFields<T extends CoverFields>(input: T): Omit<T, keyof CoverFields> {
  const { cover: _cover, coverId: _id, coverAlt: _alt, coverRemove: _remove, ...rest } = input;
  return rest;
}

// One PUBLIC image field of a 管理后台 form (封面图片, 机构标志), by the rules above: the file it now holds, or null.
export async function resolveImageField(
  actor: Actor, raw: Record<string, unknown>, field: string, currentFileId: string | null, remove: boolean, meta?: RequestMeta,
): Promise<string | null> {
  const posted = raw[field];
  const keepsCurrent = !!currentFileId && raw[uploadIdField(field)] === currentFileId && !(posted instanceof File && posted.size > 0);
  if (keepsCurrent) return remove ? null : currentFileId;
  const stored = await formUpload(actor, "image", raw, { field, meta });
  return stored?.id ?? null;
}
