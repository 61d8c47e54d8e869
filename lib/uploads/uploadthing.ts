import { createHash } from "node:crypto";
import { createUploadthing, type FileRouter } from "uploadthing/next";
import { UploadThingError } from "uploadthing/server";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { InvalidInputError } from "@/lib/domain/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { formatSize, UPLOAD_KINDS } from "./kinds";
import { limitUploads } from "./limits";
import { checkUpload } from "./sniff";

// UploadThing, when UPLOADTHING_TOKEN is set, for PUBLIC media only (activity and news images, 机构标志,
// 形象展示). Identity documents and 项目计划书 never come here: no mainland region, private files need
// a paid plan, and the bytes go from the browser to UploadThing without passing our servers
// (README). Because the bytes skip us, onUploadComplete fetches the stored file once, decides its
// type from the bytes like every other upload, and deletes it from UploadThing when it is forged.
export interface UploadthingDeps {
  getActor: () => Promise<Actor | null>;
  fetchBytes: (url: string) => Promise<Uint8Array>;
  deleteRemote: (key: string) => Promise<void>;
}

// What the browser gets back (the control shows `message` beside the field, or keeps `fileId`).
export type PublicMediaAnswer = { ok: true; fileId: string; name: string; size: number; mimeType: string } | { ok: false; message: string };

const f = createUploadthing();
const rule = UPLOAD_KINDS.image;

export function buildPublicMediaRouter(deps: UploadthingDeps) {
  const signedIn =
    (roles: readonly Role[]) =>
    async ({ files }: { files: readonly { size: number }[] }) => {
      const actor = await deps.getActor();
      if (!actor) throw new UploadThingError({ code: "FORBIDDEN", message: "登录已过期，请重新登录后上传" });
      if (!roles.includes(actor.role)) throw new UploadThingError({ code: "FORBIDDEN", message: "当前账号不能上传此类图片" });
      const size = files.reduce((sum, file) => sum + file.size, 0);
      // The declared size: the real one is checked again on the bytes in onUploadComplete.
      if (files.some((file) => file.size > rule.maxBytes)) {
        throw new UploadThingError({ code: "BAD_REQUEST", message: `${rule.label}不能超过 ${formatSize(rule.maxBytes)}，所选文件为 ${formatSize(size)}` });
      }
      // The same per-user limits as files posted to us (30 an hour, 200 MB a day), counted before any byte moves.
      try {
        await limitUploads(actor, size, "file");
      } catch (error) {
        if (error instanceof InvalidInputError) throw new UploadThingError({ code: "TOO_MANY_FILES", message: error.fieldErrors.file });
        throw error;
      }
      return { ownerId: actor.id };
    };

  const complete = async ({ metadata, file }: { metadata: { ownerId: string }; file: { key: string; name: string; ufsUrl: string } }): Promise<PublicMediaAnswer> => {
    const bytes = await deps.fetchBytes(file.ufsUrl);
    let type;
    try {
      type = await checkUpload("image", bytes);
    } catch (error) {
      await deps.deleteRemote(file.key);
      if (error instanceof InvalidInputError) return { ok: false, message: error.fieldErrors.file };
      throw error;
    }
    const originalName = file.name.split(/[\\/]/).pop()!.slice(-120) || `图片.${type.ext}`;
    const row = await db.$transaction(async (tx) => {
      const created = await tx.uploadedFile.create({
        data: {
          ownerId: metadata.ownerId,
          purpose: "image",
          visibility: "PUBLIC",
          storage: "UPLOADTHING",
          storageKey: file.key,
          originalName,
          mimeType: type.mime,
          size: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
        },
        select: { id: true },
      });
      await audit({ action: "upload.store", actorId: metadata.ownerId, targetType: "UploadedFile", targetId: created.id, detail: { kind: "image", storage: "UPLOADTHING" } }, tx);
      return created;
    });
    return { ok: true, fileId: row.id, name: originalName, size: bytes.byteLength, mimeType: type.mime };
  };

  // UploadThing takes powers of two: 8 MB lets the 5 MB rule (kinds.ts) decide, with a Chinese message.
  const image = { image: { maxFileSize: "8MB" as const, maxFileCount: 1 } };
  return {
    // 金融活动 and 新闻动态 images, 机构标志: 管理员 (金融办).
    contentImage: f(image).middleware(signedIn(["ADMIN"])).onUploadComplete(complete),
    // 形象展示 of an equity project: the enterprise that publishes it.
    projectImage: f(image).middleware(signedIn(["ENTERPRISE"])).onUploadComplete(complete),
  } satisfies FileRouter;
}

export type PublicMediaRouter = ReturnType<typeof buildPublicMediaRouter>;
export type PublicMediaEndpoint = keyof PublicMediaRouter;
