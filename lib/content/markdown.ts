import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Bodies of policies, news and activities are written in Markdown by the 金融办 and shown as HTML.
// marked turns Markdown into HTML (raw HTML in the source passes through it), so everything it
// produces goes through sanitize-html: an allow-list of tags and attributes, no script, no style,
// no event handlers, only http(s)/mailto/tel links, and links opened safely.
const markdown = new Marked({ gfm: true, breaks: true, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "p", "br", "hr", "blockquote", "ul", "ol", "li", "strong", "em", "del", "code", "pre",
    "a", "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: { a: ["href", "title", "target", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowProtocolRelative: false,
  // A heading written as "# 标题" would compete with the page's own <h1>.
  transformTags: {
    h1: "h2",
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return {
        tagName,
        attribs: external ? { ...attribs, target: "_blank", rel: "noopener noreferrer" } : { ...attribs, rel: "noopener" },
      };
    },
  },
  disallowedTagsMode: "discard",
};

export function renderMarkdown(source: string): string {
  const html = markdown.parse(source) as string;
  return sanitizeHtml(html, SANITIZE);
}

// The plain text of a body, for search snippets and descriptions.
export function plainText(source: string, maxLength = 160): string {
  const text = sanitizeHtml(markdown.parse(source) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, " ")
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
