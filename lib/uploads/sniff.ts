import { fileTypeFromBuffer } from "file-type";
import { InvalidInputError } from "@/lib/domain/errors";
import { formatSize, UPLOAD_KINDS, type UploadKind } from "./kinds";

export interface CheckedUpload {
  ext: string;
  mime: string;
}

// Refuses a file whose bytes are not one of the kind's formats, whatever its name says: a renamed
// .exe, an HTML page called photo.jpg, an empty file. The message names what the user can do.
export async function checkUpload(kind: UploadKind, bytes: Uint8Array, field = "file"): Promise<CheckedUpload> {
  const rule = UPLOAD_KINDS[kind];
  const refuse = (message: string): never => {
    throw new InvalidInputError({ [field]: message });
  };
  if (bytes.byteLength === 0) refuse(`请选择${rule.label}文件，所选文件是空的`);
  if (bytes.byteLength > rule.maxBytes) {
    refuse(`${rule.label}不能超过 ${formatSize(rule.maxBytes)}，所选文件为 ${formatSize(bytes.byteLength)}`);
  }
  const detected = await fileTypeFromBuffer(bytes);
  const accepted = detected ? rule.accepts[detected.ext] : undefined;
  if (!accepted) {
    const what = detected ? describe(detected.ext) : "无法识别的格式（可能是网页、文本或已损坏的文件）";
    refuse(`文件内容与格式不符：该文件实际为${what}，${rule.label}仅支持 ${rule.allowedText} 格式，请重新选择`);
  }
  return accepted!;
}

function describe(ext: string): string {
  if (ext === "exe" || ext === "elf" || ext === "mach") return "可执行程序";
  if (ext === "zip" || ext === "rar" || ext === "7z" || ext === "gz") return "压缩包";
  return ` ${ext.toUpperCase()} 文件`;
}
