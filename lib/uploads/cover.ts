import "server-only";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { InvalidInputError } from "@/lib/domain/errors";
import { formUpload } from "./form";

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
  const keepsCurrent = !!currentFileId && input.coverId === currentFileId && !(input.cover instanceof File && input.cover.size > 0);
  let fileId: string | null;
  if (keepsCurrent) fileId = input.coverRemove ? null : currentFileId;
  else {
    const raw = input as unknown as Record<string, unknown>;
    const stored = await formUpload(actor, "image", raw, { field: "cover", meta });
    fileId = stored?.id ?? null;
  }
  if (!fileId) return { coverFileId: null, coverAlt: null };
  if (!input.coverAlt) throw new InvalidInputError({ coverAlt: "请填写图片说明（描述图片内容，供读屏软件朗读）" });
  return { coverFileId: fileId, coverAlt: input.coverAlt };
}

// The fields a record stores, without the form's own.
export function withoutCoverFields<T extends CoverFields>(input: T): Omit<T, keyof CoverFields> {
  const { cover: _cover, coverId: _id, coverAlt: _alt, coverRemove: _remove, ...rest } = input;
  return rest;
}
