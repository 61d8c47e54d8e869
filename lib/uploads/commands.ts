import { createHash, randomBytes } from "node:crypto";
import { encryptBytes, fileContext } from "@/lib/crypto";
import { db } from "@/lib/db";
import { isApplicant, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { newId } from "@/lib/domain/ids";
import { privateStorage, storageFor, type StorageDriver } from "@/lib/services/storage";
import { UPLOAD_KINDS, type UploadKind } from "./kinds";
import { limitUploads } from "./limits";
import { checkUpload } from "./sniff";

export interface StoredUpload {
  id: string;
  originalName: string;
  mimeType: string;
  size: number;
}

// Names never come from the user: a random key under the kind's folder; the name the user chose is
// kept (trimmed) only to be shown and offered back on download.
function newKey(kind: UploadKind): string {
  return `${kind}/${randomBytes(18).toString("base64url")}`;
}

function cleanName(name: string, ext: string): string {
  // The last path segment only (browsers on some systems send a full path), without control characters.
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-120);
  const stem = base.replace(/\.[^.]*$/, "") || "文件";
  return `${stem}.${ext}`;
}

export async function storeUpload(
  actor: Actor,
  kind: UploadKind,
  file: { name: string; bytes: Uint8Array },
  meta?: RequestMeta,
  field = "file",
  storage: StorageDriver = privateStorage(),
): Promise<StoredUpload> {
  if (!isApplicant(actor) && kind !== "image") throw new ForbiddenError("请使用企业或个人用户账号上传");
  const rule = UPLOAD_KINDS[kind];
  await limitUploads(actor, file.bytes.byteLength, field);
  const type = await checkUpload(kind, file.bytes, field);
  const key = newKey(kind);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const id = newId(); // an encrypted file is bound to its row
  await storage.put(key, rule.encrypted ? encryptBytes(file.bytes, fileContext(id)) : Buffer.from(file.bytes), type.mime);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.uploadedFile.create({
        data: {
          id,
          ownerId: actor.id,
          purpose: kind,
          visibility: rule.visibility,
          storage: storage.name,
          storageKey: key,
          originalName: cleanName(file.name, type.ext),
          mimeType: type.mime,
          size: file.bytes.byteLength,
          sha256,
          encrypted: rule.encrypted,
        },
        select: { id: true, originalName: true, mimeType: true, size: true },
      });
      await audit({ action: "upload.store", actorId: actor.id, targetType: "UploadedFile", targetId: row.id, meta, detail: { kind, size: row.size } }, tx);
      return row;
    });
  } catch (error) {
    await storage.delete(key); // no bytes without their row
    throw error;
  }
}

// The owner removes a file they uploaded (选错了, 重新选择). Files already used by a record stay.
export async function deleteUpload(actor: Actor, fileId: string, meta?: RequestMeta, storage?: StorageDriver): Promise<void> {
  const file = await db.uploadedFile.findFirst({ where: { id: fileId, ownerId: actor.id }, select: { id: true, storageKey: true, storage: true } });
  if (!file) throw new NotFoundError("文件");
  await db.$transaction(async (tx) => {
    await tx.uploadedFile.delete({ where: { id: file.id } });
    await audit({ action: "upload.delete", actorId: actor.id, targetType: "UploadedFile", targetId: file.id, meta }, tx);
  });
  await (storage ?? storageFor(file.storage))?.delete(file.storageKey);
}
