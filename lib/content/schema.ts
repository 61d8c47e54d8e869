import { z } from "zod";
import { formatDate } from "@/lib/format";
import { isCalendarDate, isChecked, requiredText, todayInShanghai } from "@/lib/validation/fields";
import { coverShape } from "@/lib/uploads/shape";
import { isWebUrl, POLICY_AUDIENCES, POLICY_TOPICS } from "./reference";

// The 政策与新闻 form of the admin console, shared by the form (zodResolver) and the actions.
// Checkbox groups arrive as a string, an array or nothing (FormData) or as an array or false
// (react-hook-form); all become arrays.

export const MAX_ATTACHMENTS = 20;
export const BODY_MAX_LENGTH = 50_000;

export interface AttachmentInput {
  title: string;
  url: string;
}

// 附件: one per line, "标题 | https://…" (the last "|" separates: titles may contain one).
export function parseAttachmentLines(text: string): { attachments: AttachmentInput[]; error?: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const attachments: AttachmentInput[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const at = `第${index + 1}行：`;
    const bar = line.lastIndexOf("|");
    if (bar < 0) return { attachments, error: `${at}请按“标题 | 网址”填写` };
    const title = line.slice(0, bar).trim();
    const url = line.slice(bar + 1).trim();
    if (!title) return { attachments, error: `${at}请填写附件标题` };
    if (title.length > 100) return { attachments, error: `${at}附件标题不能超过100个字` };
    if (url.length > 500 || !isWebUrl(url)) return { attachments, error: `${at}网址须以 http:// 或 https:// 开头` };
    attachments.push({ title, url });
  }
  if (attachments.length > MAX_ATTACHMENTS) return { attachments, error: `附件最多${MAX_ATTACHMENTS}个` };
  return { attachments };
}

export function attachmentLines(attachments: readonly AttachmentInput[]): string {
  return attachments.map((a) => `${a.title} | ${a.url}`).join("\n");
}

function choices<T extends string>(values: readonly T[], message: string) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === false || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values as [T, ...T[]], { error: message })).transform((list) => [...new Set(list)]),
  );
}

const text = (label: string, min: number, max: number, verb = "请输入") => requiredText(label, max, { min, verb });

export const articleSchema = z
  .object({
    kind: z.enum(["POLICY", "NEWS"], { error: "请选择类别" }),
    title: text("标题", 4, 100),
    source: text("发布机构/来源", 2, 100, "请填写"),
    publishedOn: z
      .string({ error: "请选择发布日期" })
      .trim()
      .min(1, "请选择发布日期")
      .regex(/^\d{4}-\d{2}-\d{2}$/, "发布日期格式应为 年-月-日")
      .refine(isCalendarDate, "发布日期不是有效日期")
      .refine((v) => v <= todayInShanghai(), "发布日期不能晚于今天")
      .refine((v) => v >= "2000-01-01", "发布日期不在合理范围内"),
    summary: text("摘要", 10, 300),
    body: text("正文", 10, BODY_MAX_LENGTH),
    topics: choices(POLICY_TOPICS.map((t) => t.value), "请选择主题"),
    audiences: choices(POLICY_AUDIENCES.map((a) => a.value), "请选择适用对象"),
    pinned: z.union([z.boolean(), z.string()]).optional().transform(isChecked),
    attachments: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const parsed = parseAttachmentLines(v ?? "");
        if (parsed.error) {
          ctx.addIssue({ code: "custom", message: parsed.error });
          return z.NEVER;
        }
        return parsed.attachments;
      }),
    ...coverShape,
  })
  // 适用对象 drives the policy filter: a policy names at least one. Checked together with the other
  // fields (`when`), so that every message shows at once.
  .refine((v) => v.kind !== "POLICY" || (Array.isArray(v.audiences) && v.audiences.length > 0), {
    path: ["audiences"],
    message: "请选择适用对象（企业、个人，可多选）",
    when: () => true,
  })
  // News has no topics or audiences: whatever the form sent for them is dropped.
  .transform((v) => (v.kind === "NEWS" ? { ...v, topics: [], audiences: [] } : v));

export type ArticleInput = z.output<typeof articleSchema>;

// The form's initial values: a stored item, or a new one of the given kind dated today.
export function articleFormValues(
  article:
    | (Pick<ArticleInput, "kind" | "title" | "summary" | "body" | "topics" | "audiences" | "pinned"> & {
        source: string | null;
        publishedAt: Date;
        attachments: AttachmentInput[];
        coverFileId?: string | null;
        coverAlt?: string | null;
      })
    | { kind: ArticleInput["kind"] },
): Record<string, string | string[] | boolean> {
  if (!("title" in article)) {
    return { kind: article.kind, title: "", source: "", publishedOn: todayInShanghai(), summary: "", body: "", topics: [], audiences: [], pinned: false, attachments: "", coverId: "", coverAlt: "" };
  }
  return {
    kind: article.kind,
    title: article.title,
    source: article.source ?? "",
    publishedOn: formatDate(article.publishedAt),
    summary: article.summary,
    body: article.body,
    topics: article.topics,
    audiences: article.audiences,
    pinned: article.pinned,
    attachments: attachmentLines(article.attachments),
    coverId: article.coverFileId ?? "",
    coverAlt: article.coverAlt ?? "",
  };
}
