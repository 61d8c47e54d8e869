import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/domain/errors";
import { forgedExe, forgedHtml, samplePdf, samplePng, samplePptx, sampleJpg, zip } from "@/tests/helpers/file-samples";
import { checkUpload } from "./sniff";

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidInputError);
  return (error as InvalidInputError).fieldErrors.file;
}

describe("the type of an upload is decided by its bytes", () => {
  it("accepts real PNG and JPG photos of an ID card", async () => {
    expect(await checkUpload("id-photo", samplePng())).toEqual({ ext: "png", mime: "image/png" });
    expect(await checkUpload("id-photo", sampleJpg())).toEqual({ ext: "jpg", mime: "image/jpeg" });
  });

  it("accepts a PDF and a PPTX 项目计划书", async () => {
    expect((await checkUpload("business-plan", samplePdf())).ext).toBe("pdf");
    expect((await checkUpload("business-plan", samplePptx())).ext).toBe("pptx");
  });

  it("refuses a renamed .exe with a message saying what it really is", async () => {
    expect(await refusal(checkUpload("business-plan", forgedExe()))).toBe(
      "文件内容与格式不符：该文件实际为可执行程序，项目计划书仅支持 PDF、PPT、PPTX 格式，请重新选择",
    );
    expect(await refusal(checkUpload("id-photo", forgedExe()))).toContain("可执行程序");
  });

  it("refuses an HTML page called photo.jpg", async () => {
    expect(await refusal(checkUpload("id-photo", forgedHtml()))).toBe(
      "文件内容与格式不符：该文件实际为无法识别的格式（可能是网页、文本或已损坏的文件），身份证照片仅支持 PNG、JPG 格式，请重新选择",
    );
  });

  it("refuses a PDF as an ID photo and a plain ZIP as a 项目计划书", async () => {
    expect(await refusal(checkUpload("id-photo", samplePdf()))).toContain("PDF 文件");
    expect(await refusal(checkUpload("business-plan", zip({ "a.txt": "hello" })))).toContain("压缩包");
  });

  it("refuses files above the kind's limit and empty files", async () => {
    const big = Buffer.concat([samplePng(), Buffer.alloc(5 * 1024 * 1024)]);
    expect(await refusal(checkUpload("id-photo", big))).toBe("身份证照片不能超过 5.0 MB，所选文件为 5.0 MB");
    expect(await refusal(checkUpload("image", Buffer.alloc(0)))).toBe("请选择图片文件，所选文件是空的");
    const plan = Buffer.concat([samplePdf(), Buffer.alloc(20 * 1024 * 1024)]);
    expect(await refusal(checkUpload("business-plan", plan))).toContain("项目计划书不能超过 20.0 MB");
  });
});
