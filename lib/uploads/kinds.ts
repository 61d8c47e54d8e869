import type { FileVisibility } from "@/lib/generated/prisma/enums";

// What each kind of upload may be. The type is decided by the file's bytes (sniff.ts); the name and
// the browser's MIME type are never trusted.
export type UploadKind = "id-photo" | "business-plan" | "image";

export interface KindRule {
  label: string; // in refusals: 「身份证照片」…
  maxBytes: number;
  // Detected type (file-type's ext) → the type the file is stored and served as.
  accepts: Record<string, { ext: string; mime: string }>;
  allowedText: string; // the formats in the user's words
  accept: string; // the file input's accept attribute: a hint to the picker only, the bytes decide
  visibility: FileVisibility;
  encrypted: boolean; // identity documents are encrypted at rest like other sensitive data
}

const MB = 1024 * 1024;
const PNG = { ext: "png", mime: "image/png" };
const JPG = { ext: "jpg", mime: "image/jpeg" };

export const UPLOAD_KINDS: Record<UploadKind, KindRule> = {
  "id-photo": {
    label: "身份证照片",
    maxBytes: 5 * MB,
    accepts: { png: PNG, jpg: JPG },
    allowedText: "PNG、JPG",
    accept: "image/png,image/jpeg,.png,.jpg,.jpeg",
    visibility: "PRIVATE",
    encrypted: true,
  },
  "business-plan": {
    label: "项目计划书",
    maxBytes: 20 * MB,
    accepts: {
      pdf: { ext: "pdf", mime: "application/pdf" },
      pptx: { ext: "pptx", mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
      // An old .ppt is an OLE compound file; file-type reports the container (cfb).
      cfb: { ext: "ppt", mime: "application/vnd.ms-powerpoint" },
    },
    allowedText: "PDF、PPT、PPTX",
    accept: ".pdf,.ppt,.pptx,application/pdf,application/vnd.ms-powerpoint,application/vnd.openxmlformats-officedocument.presentationml.presentation",
    visibility: "FUND_INSTITUTIONS",
    encrypted: false,
  },
  image: {
    label: "图片",
    maxBytes: 5 * MB,
    accepts: { png: PNG, jpg: JPG, webp: { ext: "webp", mime: "image/webp" } },
    allowedText: "PNG、JPG、WEBP",
    accept: "image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp",
    visibility: "PUBLIC",
    encrypted: false,
  },
};

export function isUploadKind(value: string): value is UploadKind {
  return Object.hasOwn(UPLOAD_KINDS, value);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}
