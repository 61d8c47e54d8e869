"use client";

import { generateReactHelpers } from "@uploadthing/react";
import type { PublicMediaAnswer, PublicMediaEndpoint, PublicMediaRouter } from "@/lib/uploads/uploadthing";

// The browser side of UploadThing (docs/uploads.md): public images go from the browser straight to
// UploadThing through our /api/uploadthing route (session + role, signed URLs), and the answer of our
// onUploadComplete (the UploadedFile id, or the refusal in Chinese) comes back with the upload.
const { uploadFiles } = generateReactHelpers<PublicMediaRouter>({ url: "/api/uploadthing" });

let available: Promise<boolean> | null = null;

// UploadThing is used only where the server has it configured: its route answers 404 otherwise and the
// control sends the image to POST /uploads. Asked once per page.
export function uploadthingAvailable(): Promise<boolean> {
  available ??= fetch("/api/uploadthing", { method: "GET", credentials: "same-origin" })
    .then((answer) => answer.ok)
    .catch(() => false);
  return available;
}

export interface UploadthingResult {
  id?: string;
  name?: string;
  size?: number;
  mimeType?: string;
  message?: string;
}

export async function uploadViaUploadthing(endpoint: PublicMediaEndpoint, file: File, onProgress: (percent: number) => void, signal: AbortSignal): Promise<UploadthingResult> {
  try {
    const [uploaded] = await uploadFiles(endpoint, { files: [file], signal, onUploadProgress: ({ progress }) => onProgress(Math.min(99, Math.round(progress))) });
    const answer = uploaded?.serverData as PublicMediaAnswer | undefined;
    if (!answer) return { message: "上传失败，请重新选择文件" };
    if (!answer.ok) return { message: answer.message };
    return { id: answer.fileId, name: answer.name, size: answer.size, mimeType: answer.mimeType };
  } catch (error) {
    if (signal.aborted) return {};
    // The middleware's refusals are in Chinese; UploadThing's own (network, server) are not shown raw.
    const message = error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : "网络异常，上传未完成，请重新选择文件";
    return { message };
  }
}
