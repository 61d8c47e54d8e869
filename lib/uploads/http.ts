import "server-only";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import type { StorageDriver } from "@/lib/services/storage";
import { deleteUpload, storeUpload } from "./commands";
import { isUploadKind, UPLOAD_KINDS } from "./kinds";

// POST /uploads and DELETE /uploads/<id>: what the upload control calls when JavaScript runs, so that
// it can show progress and refuse a wrong file before the form is sent. The answer is JSON in the
// user's words; the bytes are checked by sniff.ts exactly as a form posted without JavaScript.

export interface UploadAnswer {
  id: string;
  name: string;
  size: number;
  mimeType: string;
  url: string; // GET /files/<id>, the preview (only its owner and those allowed can read it)
}

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

// The same-origin check Next does for server actions: a page elsewhere must not store files in a signed-in user's name.
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host) {
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return request.headers.get("sec-fetch-site") !== "cross-site";
}

export async function uploadResponse(request: Request, actor: Actor | null, meta?: RequestMeta, storage?: StorageDriver): Promise<Response> {
  if (!sameOrigin(request)) return json({ message: "请求来源不被允许" }, 403);
  if (!actor) return json({ message: "登录已过期，请重新登录后再上传" }, 401);
  const data = await request.formData().catch(() => null);
  const kind = data?.get("kind");
  const file = data?.get("file");
  if (typeof kind !== "string" || !isUploadKind(kind)) return json({ message: "不支持的文件类别" }, 400);
  if (!(file instanceof File) || file.size === 0) return json({ message: `请选择${UPLOAD_KINDS[kind].label}文件` }, 400);
  try {
    const stored = await storeUpload(actor, kind, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, meta, "file", storage);
    const answer: UploadAnswer = { id: stored.id, name: stored.originalName, size: stored.size, mimeType: stored.mimeType, url: `/files/${stored.id}` };
    return json(answer, 201);
  } catch (error) {
    if (error instanceof DomainError) return json({ message: error.fieldErrors.file ?? error.message }, 400);
    throw error;
  }
}

export async function removeUploadResponse(request: Request, actor: Actor | null, id: string, meta?: RequestMeta, storage?: StorageDriver): Promise<Response> {
  if (!sameOrigin(request)) return json({ message: "请求来源不被允许" }, 403);
  if (!actor) return json({ message: "登录已过期，请重新登录后再操作" }, 401);
  try {
    await deleteUpload(actor, id, meta, storage);
    return new Response(null, { status: 204 });
  } catch (error) {
    // A file used by a record (a submitted certification) stays: the foreign key refuses its deletion.
    if (error instanceof DomainError) return json({ message: error.message }, 404);
    if (error instanceof Error && /foreign key|P2003/i.test(`${error.message} ${(error as { code?: string }).code ?? ""}`)) return json({ message: "文件已被使用，无法删除" }, 409);
    throw error;
  }
}
