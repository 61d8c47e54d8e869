import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { InvalidInputError } from "@/lib/domain/errors";
import { consumeRateLimit, RATE_LIMITS, retryAfterText } from "@/lib/services/rate-limit";

const waitText = (seconds: number) => (seconds >= 3600 ? `${Math.ceil(seconds / 3600)}小时` : retryAfterText(seconds));

// Per-user upload limits (lib/services/rate-limit): at most 30 files an hour and 200 MB in 24 hours, whatever
// the kind, with JavaScript (POST /uploads) or without (the form's own post). Counted before the bytes are
// checked or stored, so a flood of forged files costs no storage. The refusal is shown beside the field.
export const UPLOAD_FILES_PER_HOUR = RATE_LIMITS["upload-user-files"].points;
export const UPLOAD_MB_PER_DAY = RATE_LIMITS["upload-user-kb"].points / 1024;

export async function limitUploads(actor: Actor, bytes: number, field: string): Promise<void> {
  const files = await consumeRateLimit("upload-user-files", actor.id);
  if (!files.ok) {
    throw new InvalidInputError({
      [field]: `上传过于频繁：每小时最多上传${UPLOAD_FILES_PER_HOUR}个文件，请${retryAfterText(files.retryAfterSeconds)}后再试`,
    });
  }
  const budget = await consumeRateLimit("upload-user-kb", actor.id, Math.max(1, Math.ceil(bytes / 1024)));
  if (!budget.ok) {
    throw new InvalidInputError({
      [field]: `今日上传的文件总量已达上限（${UPLOAD_MB_PER_DAY} MB），请${waitText(budget.retryAfterSeconds)}后再试`,
    });
  }
}
