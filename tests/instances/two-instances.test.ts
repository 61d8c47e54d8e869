import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Redis from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeAt, DEMO_TOTP_SECRET } from "@/lib/auth/second-factor/totp";
import { idNumberCheckChar } from "@/lib/validation/id-number";
import { samplePng } from "@/tests/helpers/file-samples";
import { startS3Server } from "@/tests/helpers/s3-server";
import { Browser, hiddenFieldsOfForm, type Upstream } from "./browser";
import { startCluster, type Cluster } from "./cluster";

// Two instances, one address (issue 13): two production instances of the build on one PostgreSQL database
// and one Redis, behind a round-robin load balancer. Run by `node scripts/test.mjs instances`, which creates
// the database (migrated and seeded) and the Redis key prefix; skipped without them.

const databaseUrl = process.env.INSTANCES_DATABASE_URL?.trim();
const redisUrl = process.env.REDIS_URL?.trim();
const prefix = process.env.REDIS_KEY_PREFIX?.trim();
const ready = Boolean(databaseUrl && redisUrl && prefix);

const PASSWORD = "Tianshui@2026"; // the seeded demo accounts' (prisma/seed/accounts.ts)
const PERSONAL = "13800000001";
const UNVERIFIED_ENTERPRISE = "13800000003";
const STAFF_ICBC = "13800000011";
const SESSION_COOKIE = "authjs.session-token";

// The server action ids of this build: a client calls an action by id, whichever instance answers.
function actionId(exportedName: string, filename: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName && v.filename === filename);
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}`);
  return found[0];
}

// React's own encoding of a server action's arguments, as the browser sends them.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const titleOf = (html: string) => html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";

const validIdNumber = () => {
  const first17 = `62050219900307${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  return first17 + idNumberCheckChar(first17);
};

describe.skipIf(!ready)("two instances behind one address", () => {
  let cluster: Cluster;
  let db: pg.Client;
  let redis: Redis;
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  const other = (u: string): Upstream => (u === "A" ? "B" : "A");

  beforeAll(async () => {
    // Files in an S3-compatible store both instances reach (a local one, s3rver).
    s3 = await startS3Server();
    cluster = await startCluster({ DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, ...s3.env });
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    redis = new Redis(redisUrl!);
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    await db?.end();
    await redis?.quit();
    await s3?.stop();
  });

  it("a login on one instance is valid on the other", async () => {
    const browser = new Browser(cluster.url);
    const login = await browser.login(PERSONAL, PASSWORD, "A");
    expect(login.upstream).toBe("A");
    expect(login.status).toBe(303);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(true);
    const me = await browser.get("/me", "B");
    expect(me.upstream).toBe("B");
    expect(me.status).toBe(200);
    expect(me.text).toContain("欢迎您");
    // Without the cookie, B sends the visitor to 登录.
    const stranger = await new Browser(cluster.url).get("/me", "B");
    expect(stranger.status).toBeGreaterThanOrEqual(300);
    expect(stranger.location).toContain("/login");
  });

  it("a file uploaded through one instance downloads through the other (S3 storage; ID photos encrypted by the app)", async () => {
    const browser = new Browser(cluster.url);
    await browser.login(PERSONAL, PASSWORD, "A");
    const photo = samplePng();
    const body = new FormData();
    body.set("kind", "id-photo");
    body.set("file", new Blob([new Uint8Array(photo)], { type: "image/png" }), "身份证人像面.png");
    const uploaded = await browser.request("/uploads", { method: "POST", body, upstream: "A" });
    expect(uploaded.status).toBe(201);
    const { id } = JSON.parse(uploaded.text) as { id: string };
    const { rows: [row] } = await db.query(`SELECT storage, encrypted FROM "UploadedFile" WHERE id = $1`, [id]);
    expect(row).toEqual({ storage: "S3", encrypted: true });

    const res = await fetch(`${cluster.url}/files/${id}`, { headers: { cookie: browser.cookieHeader(), "x-test-upstream": "B" } });
    expect(res.headers.get("x-upstream")).toBe("B");
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true);
    // Another visitor gets nothing, from either instance.
    for (const upstream of ["A", "B"] as const) expect((await new Browser(cluster.url).get(`/files/${id}`, upstream)).status).toBe(404);
  });

  it("the per-phone lockout holds across both instances (an account, and a phone without one)", async () => {
    const refusalOf = async (browser: Browser, upstream: Upstream) =>
      ((await browser.get("/login", upstream)).text.match(/登录失败次数过多|手机号或密码错误/) ?? ["?"])[0];
    // The account: five wrong passwords, alternately on A and B, lock it; then the right one fails on either.
    const browser = new Browser(cluster.url);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      const upstream = i % 2 ? "B" : "A";
      const captcha = await browser.humanCheck(upstream);
      const answer = await browser.postForm("/login/submit", [["_form", "login"], ["phone", UNVERIFIED_ENTERPRISE], ["password", "Wrong@2026"], ["captcha", captcha]], { upstream, referer: "/login" });
      seen.push(answer.upstream);
    }
    expect(new Set(seen)).toEqual(new Set(["A", "B"]));
    const { rows: [locked] } = await db.query(`SELECT "lockedUntil" FROM "User" WHERE phone = $1`, [UNVERIFIED_ENTERPRISE]);
    expect(new Date(locked.lockedUntil).getTime()).toBeGreaterThan(Date.now());
    for (const upstream of ["A", "B"] as const) {
      const right = new Browser(cluster.url);
      const captcha = await right.humanCheck(upstream);
      await right.postForm("/login/submit", [["_form", "login"], ["phone", UNVERIFIED_ENTERPRISE], ["password", PASSWORD], ["captcha", captcha]], { upstream, referer: "/login" });
      expect(right.cookies.has(SESSION_COOKIE)).toBe(false);
      expect(await refusalOf(right, other(upstream))).toBe("登录失败次数过多");
    }

    // A phone without an account (the count lives in Redis, shared by both): locked after five as well.
    const unknown = `177${String(Date.now()).slice(-8)}`;
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const upstream = i % 2 ? "B" : "A";
      const captcha = await browser.humanCheck(upstream);
      const answer = await browser.postForm("/login/submit", [["_form", "login"], ["phone", unknown], ["password", "Wrong@2026"], ["captcha", captcha]], { upstream, referer: "/login" });
      answers.push(`${answer.upstream}:${await refusalOf(browser, other(answer.upstream as Upstream))}`);
    }
    expect(answers.slice(0, 4).map((a) => a.split(":")[1])).toEqual(Array(4).fill("手机号或密码错误"));
    expect(answers[4].split(":")[1]).toBe("登录失败次数过多");
    expect(await redis.exists(`${prefix}rl:login-unknown-phone:${unknown}`)).toBe(1);
  });

  it("the SMS limit of a phone holds across both instances (server action called by id)", async () => {
    const id = actionId("sendSmsCodeAction", "lib/accounts/actions.ts");
    const phone = `177${String(Date.now() + 7).slice(-8)}`;
    const browser = new Browser(cluster.url);
    const send = async (upstream: Upstream) => {
      const data = new FormData();
      data.set("phone", phone);
      data.set("purpose", "REGISTER");
      data.set("captcha", await browser.humanCheck(upstream));
      const body = (await encodeReply([null, data])) as FormData;
      return browser.request("/register", { method: "POST", body, upstream, headers: { "next-action": id, accept: "text/x-component" } });
    };
    const first = await send("A");
    expect(first.text).toContain("验证码已发送");
    const second = await send("B");
    expect(second.upstream).toBe("B");
    expect(second.text).toContain("发送过于频繁");
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM "SmsCode" WHERE phone = $1`, [phone]);
    expect(rows[0].n).toBe(1);
  });

  it("a product taken off the catalogue on one instance is gone from the other's public page (cache tags in Redis)", async () => {
    const { rows: [product] } = await db.query(
      `SELECT p.id, p.name FROM "Product" p JOIN "Institution" i ON i.id = p."institutionId"
       WHERE i.name = '工商银行' AND p.status = 'PUBLISHED' ORDER BY p.name LIMIT 1`,
    );
    expect(product).toBeTruthy();
    const visitor = new Browser(cluster.url);
    // Both instances have rendered the page (and cached its read) before the change.
    for (const upstream of ["A", "B"] as const) {
      const page = await visitor.get(`/products/${product.id}`, upstream);
      expect(titleOf(page.text)).toContain(product.name);
    }
    expect((await redis.keys(`${prefix}cache:*`)).length).toBeGreaterThan(0);

    // 工商银行's staff: password, then the demo authenticator's code (lib/auth/second-factor).
    const staff = new Browser(cluster.url);
    const login = await staff.login(STAFF_ICBC, PASSWORD, "A");
    expect(login.location).toContain("/login/verify");
    const verify = await staff.get("/login/verify", "A");
    const fields = hiddenFieldsOfForm(verify.text, 'value="second-factor"').filter(([k]) => k !== "code");
    const verified = await staff.postForm("/login/verify/submit", [...fields, ["code", codeAt(DEMO_TOTP_SECRET, new Date())]], { upstream: "A", referer: "/login/verify" });
    expect(verified.location).not.toContain("/login");

    // 下架 on A: the form as rendered, posted without JavaScript (a server action with its bound id).
    const manage = await staff.get(`/org/products/${product.id}`, "A");
    const unpublish = await staff.postForm(`/org/products/${product.id}`, hiddenFieldsOfForm(manage.text, 'value="unpublish-product"'), { upstream: "A" });
    expect(unpublish.location).toContain("done=unpublished");

    const after = await visitor.get(`/products/${product.id}`, "B");
    expect(after.upstream).toBe("B");
    expect(titleOf(after.text)).toContain("页面不存在");
    expect(after.text.includes(product.name)).toBe(false);
  });

  // The 立即申请 form of a personal product, as one instance renders it (its bound product id is sealed with
  // the server actions' key). `submit` fills it in with an idempotency key and posts it.
  async function applicationForm(browser: Browser, productId: string, renderOn: Upstream) {
    const page = await browser.get(`/products/${productId}/apply`, renderOn);
    const hidden = hiddenFieldsOfForm(page.text, 'value="product-application"').filter(([k]) => !["idempotencyKey", "applicantName", "applicantPhone"].includes(k));
    const fields = (key: string): [string, string][] => [...hidden, ["idempotencyKey", key], ...applicationFields()];
    return (key: string, upstream?: Upstream) => browser.postForm(`/products/${productId}/apply`, fields(key), { upstream });
  }

  const applicationFields = (): [string, string][] => [
    ["amount", "10"],
    ["termMonths", "12"],
    ["purpose", "CONSUMPTION"],
    ["idNumber", validIdNumber()],
    ["applicantName", "张伟"],
    ["applicantPhone", PERSONAL],
    ["agreement", "on"],
  ];

  async function personalProduct(): Promise<string> {
    const { rows: [product] } = await db.query(
      `SELECT id FROM "Product" WHERE status = 'PUBLISHED' AND category = 'PERSONAL' AND "isFirstLoan" = false ORDER BY name LIMIT 1`,
    );
    return product.id;
  }

  const applicationsOfKey = async (key: string) =>
    (await db.query(`SELECT id, number FROM "LoanApplication" WHERE "idempotencyKey" LIKE $1`, [`%:${key}`])).rows as { id: string; number: string }[];

  it("a server action rendered by one instance runs on the other", async () => {
    const browser = new Browser(cluster.url);
    await browser.login(PERSONAL, PASSWORD, "B");
    const productId = await personalProduct();
    const submit = await applicationForm(browser, productId, "A");
    const key = randomUUID();
    const answer = await submit(key, "B");
    expect(answer.status).toBe(303);
    expect(answer.location).toMatch(/^\/me\/applications\//);
    const [created] = await applicationsOfKey(key);
    expect(created.number).toMatch(/^SQ/);

    // (The key matters where instances are built apart: it salts the action ids at build time and seals inline
    // actions' closures at run time; `.bind` arguments such as this product id are not sealed. docs/deployment.md.)
  });

  it("crash safety: an instance killed in a burst of submissions; retried on the other, each exists once and whole", async () => {
    const browser = new Browser(cluster.url);
    await browser.login(PERSONAL, PASSWORD, "B");
    const submit = await applicationForm(browser, await personalProduct(), "B");
    const { rows: [user] } = await db.query(`SELECT id FROM "User" WHERE phone = $1`, [PERSONAL]);
    const keys = Array.from({ length: 24 }, () => randomUUID());
    const confirmed = new Set<string>();
    const victim = cluster.instances.find((i) => i.name === "A")!;
    let sent = 0;
    // Six at a time through the balancer (A and B in turn); A is killed once eight have been sent.
    const worker = async () => {
      while (sent < keys.length) {
        const key = keys[sent++];
        if (sent === 9) victim.process.kill("SIGKILL");
        try {
          const answer = await submit(key);
          if (answer.status === 303 && answer.location?.startsWith("/me/applications/")) confirmed.add(key);
        } catch {
          // the connection died with the instance
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(victim.process.signalCode).toBe("SIGKILL");
    const unconfirmed = keys.filter((k) => !confirmed.has(k));
    expect(unconfirmed.length).toBeGreaterThan(0);
    // The user retries what got no answer, and (a double submit) some that did, on the instance still up.
    for (const key of [...unconfirmed, ...[...confirmed].slice(0, 3)]) {
      const answer = await submit(key, "B");
      expect(answer.status).toBe(303);
      expect(answer.location).toMatch(/^\/me\/applications\//);
    }

    for (const key of keys) expect(await applicationsOfKey(key)).toHaveLength(1);
    // Nothing half-written: every application of the account has its SUBMITTED history row and its consent,
    // and application numbers are unique.
    const { rows: [whole] } = await db.query(
      `SELECT count(*)::int AS applications,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "ApplicationStatusChange" c WHERE c."applicationId" = a.id AND c."toStatus" = 'SUBMITTED' AND c."fromStatus" IS NULL))::int AS without_history,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "Consent" k WHERE k.context = 'application:' || a.id))::int AS without_consent
       FROM "LoanApplication" a WHERE a."applicantId" = $1 AND a."idempotencyKey" IS NOT NULL`,
      [user.id],
    );
    expect(whole.without_history).toBe(0);
    expect(whole.without_consent).toBe(0);
    expect(whole.applications).toBeGreaterThanOrEqual(keys.length);
    const { rows: duplicates } = await db.query(`SELECT number FROM "LoanApplication" GROUP BY number HAVING count(*) > 1`);
    expect(duplicates).toEqual([]);
    const { rows: [orphans] } = await db.query(
      `SELECT count(*)::int AS n FROM "ApplicationStatusChange" c WHERE NOT EXISTS (SELECT 1 FROM "LoanApplication" a WHERE a.id = c."applicationId")`,
    );
    expect(orphans.n).toBe(0);
  });
});
