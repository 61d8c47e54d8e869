import { describe, expect, it } from "vitest";
import { speechChunks } from "./speech-chunks";

describe("朗读 splits the article into sentences", () => {
  it("at Chinese and Western sentence ends and line breaks, without empty pieces", () => {
    expect(speechChunks("天水市发布政策。适用对象：小微企业！\n\n  申请方式？在线申请")).toEqual([
      "天水市发布政策。",
      "适用对象：小微企业！",
      "申请方式？",
      "在线申请",
    ]);
  });

  it("cuts a sentence longer than the limit", () => {
    expect(speechChunks("一".repeat(25), 10).map((c) => c.length)).toEqual([10, 10, 5]);
  });
});
