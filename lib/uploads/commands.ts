import { createHash, randomBytes } from "node:crypto";
import { encryptBytes, fileContext } from "@/lib/crypto";
import { db } from "@/lib/db";
import { isApplicant, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { newId } from "@/lib/domain/ids";
import type { FileStorage } from "@/lib/generated/prisma/enums";
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

// What makes a file "in use": every record that points at an UploadedFile (prisma/schema.prisma). The 身份证照片
// of a certification are plain ids without a relation; they are checked apart.
const UNREFERENCED = {
  planOfProjects: { none: {} },
  imageOfProjects: { none: {} },
  coverOfActivities: { none: {} },
  coverOfArticles: { none: {} },
  logoOfInstitutions: { none: {} },
} as const;

// The files a save has just let go of (a replaced or removed 封面图片, 机构标志, 形象展示). Call it after the
// record's transaction has committed, with the ids the record held before: a file is deleted only if no record
// uses it any more, bytes through the driver it was stored with, then the row, audited (`upload.delete`).
// It never throws: the user's save is already done. A storage error keeps the row (rolled back with the
// audit entry) for a later sweep; a file whose driver this server cannot reach (storageFor → null, e.g. an
// UploadThing file here) loses its row only. Returns the ids deleted.
export async function deleteUnusedFiles(
  actor: Actor,
  fileIds: readonly (string | null | undefined)[],
  meta?: RequestMeta,
  storageOf: (storage: FileStorage) => StorageDriver | null = storageFor,
): Promise<string[]> {
  const deleted: string[] = [];
  for (const id of new Set(fileIds.filter((f): f is string => !!f))) {
    try {
      if (await deleteIfUnused(actor, id, meta, storageOf)) deleted.push(id);
    } catch (error) {
      console.error(`[uploads] unused file ${id} not deleted (its row stays for a later sweep): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return deleted;
}

async function deleteIfUnused(actor: Actor, id: string, meta: RequestMeta | undefined, storageOf: (storage: FileStorage) => StorageDriver | null): Promise<boolean> {
  const file = await db.uploadedFile.findFirst({ where: { id, ...UNREFERENCED }, select: { id: true, storage: true, storageKey: true, purpose: true } });
  if (!file) return false; // gone already, or still used by a record
  if (await db.personalCertification.count({ where: { OR: [{ idPhotoFileId: id }, { idPhotoBackFileId: id }] } })) return false;
  const driver = storageOf(file.storage);
  return db.$transaction(
    async (tx) => {
      // Checked again by the DELETE itself; a record that starts using the file meanwhile waits on this row
      // (its foreign key check) and then fails rather than point at nothing.
      const { count } = await tx.uploadedFile.deleteMany({ where: { id, ...UNREFERENCED } });
      if (count !== 1) return false;
      await audit(
        { action: "upload.delete", actorId: actor.id, targetType: "UploadedFile", targetId: id, meta, detail: { kind: file.purpose, reason: "unused", bytes: driver ? "deleted" : "unreachable" } },
        tx,
      );
      if (driver) await driver.delete(file.storageKey); // throws → the row and the entry are rolled back
      else console.warn(`[uploads] unused file ${id}: no ${file.storage} driver on this server, its row is deleted, the stored object is not`);
      return true;
    },
    { timeout: 20_000 },
  );
}
