import { Readable } from "node:stream";
import { decryptBytes, fileContext } from "@/lib/crypto";
import { db } from "@/lib/db";
import { isStaff, type Actor } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { isId } from "@/lib/domain/ids";
import { storageFor, type StorageDriver } from "@/lib/services/storage";
import { StoredFileMissingError } from "@/lib/services/storage/types";
import { mayRead } from "./access";

// GET /files/<id>: the one way a stored file leaves the server. The answer never lets the browser
// guess another type (nosniff), is never cached by a shared cache, and names the file as the user did.
// The bytes come from the driver the file was stored with (`storage` overrides it in tests).
export async function downloadResponse(actor: Actor | null, fileId: string, storage?: StorageDriver): Promise<Response> {
  const notFound = () => new Response("文件不存在或无权查看", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" } });
  if (!isId(fileId)) return notFound();
  const file = await db.uploadedFile.findUnique({ where: { id: fileId } });
  const driver = file ? (storage ?? storageFor(file.storage)) : null;
  if (!file || !driver || driver.name !== file.storage || !(await mayRead(actor, file))) return notFound();
  await recordPlanView(actor, file);
  // 审计日志: every download of a private file (身份证照片, 项目计划书), by whom.
  if (file.visibility !== "PUBLIC") {
    await audit({ action: "file.download", actorId: actor?.id ?? null, targetType: "UploadedFile", targetId: file.id, detail: { purpose: file.purpose, byOwner: actor?.id === file.ownerId } });
  }
  let body: ReadableStream | Buffer;
  try {
    const stream = await driver.read(file.storageKey);
    if (file.encrypted) body = decryptBytes(await streamToBuffer(stream), fileContext(file.id));
    else body = Readable.toWeb(stream) as ReadableStream;
  } catch (error) {
    if (error instanceof StoredFileMissingError) return notFound();
    throw error;
  }
  const inline = file.mimeType.startsWith("image/") || file.mimeType === "application/pdf";
  return new Response(body as BodyInit, {
    status: 200,
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.size),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename="${asciiName(file.originalName)}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": file.visibility === "PUBLIC" ? "public, max-age=3600" : "private, no-store",
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}

// 查看记录: a fund's staff opening a 项目计划书 is audited and shown to the publisher (docs/equity.md).
async function recordPlanView(actor: Actor | null, file: { id: string; ownerId: string; purpose: string }): Promise<void> {
  if (!actor || !isStaff(actor) || file.purpose !== "business-plan" || actor.id === file.ownerId) return;
  const project = await db.equityProject.findFirst({ where: { businessPlanFileId: file.id }, select: { id: true } });
  if (!project) return;
  await db.$transaction(async (tx) => {
    await tx.equityPlanView.create({ data: { projectId: project.id, viewerId: actor.id, institutionId: actor.institutionId } });
    await audit({ action: "equity.plan.view", actorId: actor.id, targetType: "EquityProject", targetId: project.id, detail: { fileId: file.id } }, tx);
  });
}

function asciiName(name: string): string {
  const ext = name.match(/\.[A-Za-z0-9]+$/)?.[0] ?? "";
  const stem = name.slice(0, name.length - ext.length).replace(/[^\x20-\x7e]|["\\]/g, "").trim();
  return `${stem || "file"}${ext}`;
}

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
