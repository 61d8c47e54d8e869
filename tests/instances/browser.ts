import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";

// A minimal browser for the two-instance test: a cookie jar, requests through the load balancer (optionally
// pinned to one instance), the human check solved as the ALTCHA widget does, and forms posted the way a
// browser without JavaScript posts them (the hidden fields React rendered, server action ids included).

export type Upstream = "A" | "B";

export interface Answer {
  status: number;
  upstream: string;
  location: string | null;
  text: string;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | null {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? decodeEntities(match[1]) : null;
}

// The hidden fields of the form that contains `marker` (e.g. `value="product-application"`).
export function hiddenFieldsOfForm(html: string, marker: string): [string, string][] {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(marker));
  if (!form) throw new Error(`no form with ${marker} on the page`);
  const fields: [string, string][] = [];
  for (const tag of form.match(/<input[^>]*>/g) ?? []) {
    if (attribute(tag, "type") !== "hidden") continue;
    const name = attribute(tag, "name");
    if (name) fields.push([name, attribute(tag, "value") ?? ""]);
  }
  return fields;
}

export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string>; upstream?: Upstream } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (init.upstream) headers["x-test-upstream"] = init.upstream;
    if (init.method && init.method !== "GET") {
      headers.origin = this.base;
      headers.referer ??= `${this.base}${path}`;
    }
    const res = await fetch(`${this.base}${path}`, { method: init.method ?? "GET", body: init.body, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a.trim()));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, upstream: res.headers.get("x-upstream") ?? "", location: res.headers.get("location"), text: await res.text() };
  }

  get(path: string, upstream?: Upstream) {
    return this.request(path, { upstream });
  }

  // A form posted as a new document (multipart, like a browser without JavaScript).
  postForm(path: string, fields: [string, string][], options: { upstream?: Upstream; referer?: string } = {}) {
    const body = new FormData();
    for (const [k, v] of fields) body.append(k, v);
    return this.request(path, { method: "POST", body, upstream: options.upstream, headers: options.referer ? { referer: `${this.base}${options.referer}` } : {} });
  }

  // The 验证码 widget's work: fetch a challenge from the platform and solve it.
  async humanCheck(upstream?: Upstream): Promise<string> {
    const answer = await this.get("/api/altcha/challenge", upstream);
    const challenge = JSON.parse(answer.text) as Challenge;
    const solution = await solveChallenge({ challenge, deriveKey });
    if (!solution) throw new Error("could not solve the human check");
    return Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString("base64");
  }

  async login(phone: string, password: string, upstream?: Upstream): Promise<Answer> {
    const captcha = await this.humanCheck(upstream);
    return this.postForm("/login/submit", [["phone", phone], ["password", password], ["captcha", captcha]], { upstream, referer: "/login" });
  }
}
