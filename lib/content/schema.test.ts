import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/actions/input";
import { todayInShanghai } from "@/lib/validation/fields";
import { articleSchema, attachmentLines, parseAttachmentLines } from "./schema";

const valid = {
  kind: "POLICY",
  title: "关于做好续贷工作的通知",
  source: "天水市财政局",
  publishedOn: "2026-03-05",
  summary: "明确续贷审批前置、到期无缝衔接。",
  body: "## 一、总体要求\n\n各银行机构要做好续贷工作。",
  topics: ["RENEWAL", "RENEWAL"],
  audiences: "ENTERPRISE",
  pinned: "on",
  attachments: "通知原文 | https://www.gov.cn/a.pdf\n\n  申请表 | 附表 | http://example.cn/b.doc ",
};

const errorsOf = (input: Record<string, unknown>) => {
  const r = articleSchema.safeParse(input);
  return r.success ? {} : fieldErrorsFrom(r.error.issues); // the first message of each field, as the form shows it
};

describe("articleSchema", () => {
  it("accepts a policy from FormData values and normalises checkboxes and attachments", () => {
    const r = articleSchema.parse(valid);
    expect(r.topics).toEqual(["RENEWAL"]);
    expect(r.audiences).toEqual(["ENTERPRISE"]);
    expect(r.pinned).toBe(true);
    expect(r.attachments).toEqual([
      { title: "通知原文", url: "https://www.gov.cn/a.pdf" },
      { title: "申请表 | 附表", url: "http://example.cn/b.doc" },
    ]);
  });

  it("accepts react-hook-form values (false for no checkbox) and drops topics and audiences of news", () => {
    const r = articleSchema.parse({ ...valid, kind: "NEWS", topics: false, audiences: ["PERSONAL"], pinned: false, attachments: "" });
    expect(r).toMatchObject({ kind: "NEWS", topics: [], audiences: [], pinned: false, attachments: [] });
  });

  it("says in Chinese what is wrong with each field at once", () => {
    const errors = errorsOf({ kind: "POLICY", title: "", source: "", publishedOn: "", summary: "短", body: "", audiences: [] });
    expect(errors).toEqual({
      title: "请输入标题",
      source: "请填写发布机构/来源",
      publishedOn: "请选择发布日期",
      summary: "摘要至少10个字",
      body: "请输入正文",
      audiences: "请选择适用对象（企业、个人，可多选）",
    });
    expect(errorsOf({ ...valid, kind: "OTHER" }).kind).toBe("请选择类别");
    expect(errorsOf({ ...valid, topics: ["NOPE"] }).topics).toBe("请选择主题");
  });

  it("refuses dates after today and impossible dates", () => {
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    expect(tomorrow > todayInShanghai()).toBe(true);
    expect(errorsOf({ ...valid, publishedOn: tomorrow }).publishedOn).toBe("发布日期不能晚于今天");
    expect(errorsOf({ ...valid, publishedOn: "2026-02-30" }).publishedOn).toBe("发布日期不是有效日期");
    expect(errorsOf({ ...valid, publishedOn: todayInShanghai() })).toEqual({});
  });
});

describe("attachments", () => {
  it("names the line that is wrong and refuses every scheme but http(s)", () => {
    expect(parseAttachmentLines("原文 | https://a.cn/x\n只有标题").error).toBe("第2行：请按“标题 | 网址”填写");
    expect(parseAttachmentLines("原文 | javascript:alert(1)").error).toBe("第1行：网址须以 http:// 或 https:// 开头");
    expect(parseAttachmentLines("原文 | data:text/html,<script>").error).toBe("第1行：网址须以 http:// 或 https:// 开头");
    expect(parseAttachmentLines(" | https://a.cn").error).toBe("第1行：请填写附件标题");
    expect(errorsOf({ ...valid, attachments: "原文 | ftp://a.cn/x" }).attachments).toBe("第1行：网址须以 http:// 或 https:// 开头");
  });

  it("round-trips through the text of the form", () => {
    const list = [
      { title: "原文", url: "https://a.cn/x" },
      { title: "附表", url: "http://b.cn/y" },
    ];
    expect(parseAttachmentLines(attachmentLines(list)).attachments).toEqual(list);
  });
});
