import { createHash } from "node:crypto";
import { createUploadthing, type FileRouter } from "uploadthing/next";
import { UploadThingError } from "uploadthing/server";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { InvalidInputError } from "@/lib/domain/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { checkUpload } from "./sniff";

// UploadThing, when UPLOADTHING_TOKEN is set, for PUBLIC media only (activity and news images,
// 形象展示). Identity documents and 项目计划书 never come here: no mainland region, private files need
// a paid plan, and the bytes go from the browser to UploadThing without passing our servers
// (README). Because the bytes skip us, onUploadComplete fetches the stored file once, decides its
// type from the bytes like every other upload, and deletes it from UploadThing when it is forged.
export interface UploadthingDeps {
  getActor: () => Promise<Actor | null>;
  fetchBytes: (url: string) => Promise<Uint8Array>;
  deleteRemote: (key: string) => Promise<void>;
}

const f = createUploadthing();

export function buildPublicMediaRouter(deps: UploadthingDeps) {
  const signedIn = (roles: readonly Role[]) => async () => {
    const actor = await deps.getActor();
    if (!actor) throw new UploadThingError({ code: "FORBIDDEN", message: "登录已过期，请重新登录后上传" });
    if (!roles.includes(actor.role)) throw new UploadThingError({ code: "FORBIDDEN", message: "当前账号不能上传此类图片" });
    return { ownerId: actor.id };
  };

  const complete = async ({ metadata, file }: { metadata: { ownerId: string }; file: { key: string; name: string; ufsUrl: string } }) => {
    const bytes = await deps.fetchBytes(file.ufsUrl);
    let type;
    try {
      type = await checkUpload("image", bytes);
    } catch (error) {
      await deps.deleteRemote(file.key);
      if (error instanceof InvalidInputError) throw new UploadThingError({ code: "BAD_REQUEST", message: error.fieldErrors.file });
      throw error;
    }
    const row = await db.$transaction(async (tx) => {
      const created = await tx.uploadedFile.create({
        data: {
          ownerId: metadata.ownerId,
          purpose: "image",
          visibility: "PUBLIC",
          storage: "UPLOADTHING",
          storageKey: file.key,
          originalName: file.name.split(/[\\/]/).pop()!.slice(-120) || `图片.${type.ext}`,
          mimeType: type.mime,
          size: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
        },
        select: { id: true },
      });
      await audit({ action: "upload.store", actorId: metadata.ownerId, targetType: "UploadedFile", targetId: created.id, detail: { kind: "image", storage: "UPLOADTHING" } }, tx);
      return created;
    });
    return { fileId: row.id, url: file.ufsUrl };
  };

  // UploadThing takes powers of two: 4 MB, under the 5 MB of every image upload (kinds.ts).
  const image = { image: { maxFileSize: "4MB" as const, maxFileCount: 1 } };
  return {
    // 金融活动 and 新闻动态 images: 管理员 (金融办).
    contentImage: f(image).middleware(signedIn(["ADMIN"])).onUploadComplete(complete),
    // 形象展示 of an equity project: the enterprise that publishes it.
    projectImage: f(image).middleware(signedIn(["ENTERPRISE"])).onUploadComplete(complete),
  } satisfies FileRouter;
}
