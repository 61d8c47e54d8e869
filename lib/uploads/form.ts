import "server-only";
import { echoValue } from "@/lib/actions/echo";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { InvalidInputError } from "@/lib/domain/errors";
import type { StorageDriver } from "@/lib/services/storage";
import { storeUpload, type StoredUpload } from "./commands";
import { UPLOAD_KINDS, type UploadKind } from "./kinds";
import { uploadIdField, uploadNameField } from "./shape";

export { uploadIdField, uploadShape } from "./shape";

// The server side of the upload control (components/ui/file-upload.tsx). A form field `name` arrives
// one of two ways:
// - with JavaScript the control has already sent the file to POST /uploads and the form carries only
//   the stored file's id in `<name>Id` (its file input is emptied, so the bytes do not travel twice);
// - without JavaScript the browser posts the file itself (multipart) in `<name>`.
// Either way the bytes were (or are now) checked by sniff.ts; an id must be the actor's own file of
// the same kind, or it is treated like a file that does not exist.

export interface FormUploadOptions {
  field: string; // the form field's name: refusals are shown beside it
  required?: boolean;
  meta?: RequestMeta;
  storage?: StorageDriver;
}

function isFile(value: unknown): value is File {
  return typeof File !== "undefined" && value instanceof File;
}

export async function formUpload(
  actor: Actor,
  kind: UploadKind,
  input: Record<string, unknown>,
  { field, required = false, meta, storage }: FormUploadOptions,
): Promise<StoredUpload | null> {
  const file = input[field];
  if (isFile(file) && file.size > 0) {
    const stored = await storeUpload(actor, kind, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, meta, field, storage);
    // Posted without JavaScript: should another field be refused, the form comes back with this file as
    // 已上传 (its id), so that only the refused one is chosen again.
    echoValue(uploadIdField(field), stored.id);
    echoValue(uploadNameField(field), stored.originalName);
    return stored;
  }
  const id = input[uploadIdField(field)];
  if (typeof id === "string" && id) {
    const row = await db.uploadedFile.findFirst({
      where: { id, ownerId: actor.id, purpose: kind },
      select: { id: true, originalName: true, mimeType: true, size: true },
    });
    if (row) {
      echoValue(uploadNameField(field), row.originalName); // shown again should the form be refused
      return row;
    }
    throw new InvalidInputError({ [field]: `所选${UPLOAD_KINDS[kind].label}已失效，请重新选择` });
  }
  if (required) throw new InvalidInputError({ [field]: `请上传${UPLOAD_KINDS[kind].label}` });
  return null;
}
