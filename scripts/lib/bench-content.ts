// The 资讯动态 and 金融活动 cases of `npm run bench`: repeated public pages, and a burst of
// registrations for one activity — many signed-in users posting 我要报名 at the same moment, the way a
// browser without JavaScript posts the form (its hidden server-action fields, multipart).
import pg from "pg";
import { mintSession } from "./bench-sessions";

export async function contentCases(databaseUrl: string): Promise<{ name: string; path: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [policy] } = await client.query<{ id: string }>(
      `SELECT id FROM "Article" WHERE kind = 'POLICY' AND status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    if (!policy) throw new Error("the bench database has no published policy");
    return [
      { name: "/news/policies (政策指南)", path: "/news/policies" },
      { name: "/news/policies/[id] (a policy)", path: `/news/policies/${policy.id}` },
      { name: "/activities (金融活动)", path: "/activities" },
    ];
  } finally {
    await client.end();
  }
}

export interface BurstResult {
  users: number;
  places: number;
  registered: number; // rows REGISTERED afterwards
  booked: number; // the activity's registeredCount afterwards
  succeeded: number; // answers that led to 我的活动 (done=registered)
  p50: number;
  p95: number;
  failed: number; // errors or unexpected statuses
}

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

// The hidden inputs of a form as the server rendered them (action id, bound id, form name), found by its label.
export function hiddenFields(html: string, label = "活动报名"): [string, string][] {
  const form = html.match(new RegExp(`<form[^>]*aria-label="${label}"[\\s\\S]*?<\\/form>`))?.[0];
  if (!form) throw new Error(`no ${label} form on the page`);
  const fields: [string, string][] = [];
  for (const input of form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = input.match(/name="([^"]*)"/)?.[1];
    if (name) fields.push([decode(name), decode(input.match(/value="([^"]*)"/)?.[1] ?? "")]);
  }
  return fields;
}

export async function registrationBurst(base: string, databaseUrl: string, secret: string, users = 200, places = 50): Promise<BurstResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const stamp = Date.now().toString(36);
    const activityId = `bench-activity-${stamp}`;
    await client.query(
      `INSERT INTO "Activity" (id, title, summary, body, organizer, address, "startAt", "registrationDeadline", capacity, status, "publishedAt", "updatedAt")
       VALUES ($1, $2, '压测活动', '压测活动', '天水市人民政府金融工作办公室', '天水市秦州区', now() + interval '30 days', now() + interval '20 days', $3, 'PUBLISHED', now(), now())`,
      [activityId, `报名压测 ${stamp}`, places],
    );
    const cookies: string[] = [];
    for (let i = 0; i < users; i++) {
      const phone = `176${stamp.slice(-4).replace(/\D/g, "7").padStart(4, "7")}${String(i).padStart(4, "0")}`;
      const { rows: [user] } = await client.query<{ id: string }>(
        `INSERT INTO "User" (id, phone, role, name, "updatedAt") VALUES ($1, $2, 'PERSONAL', $3, now()) RETURNING id`,
        [`bench-user-${stamp}-${i}`, phone, `压测用户${i}`],
      );
      cookies.push(await mintSession(client, secret, user.id));
    }
    const url = `${base}/activities/${activityId}/register`;
    // Each user opens the form first (not timed), as a person would before pressing 提交报名.
    const forms = await Promise.all(
      cookies.map(async (cookie) => hiddenFields(await (await fetch(url, { headers: { cookie } })).text())),
    );
    const latencies: number[] = [];
    let succeeded = 0;
    let failed = 0;
    await Promise.all(
      cookies.map(async (cookie, i) => {
        const body = new FormData();
        for (const [name, value] of forms[i]) body.append(name, value);
        body.append("name", `压测用户${i}`);
        body.append("phone", "13800000001");
        body.append("organization", "个体经营");
        body.append("attendees", "1");
        const started = performance.now();
        const res = await fetch(url, { method: "POST", body, redirect: "manual", headers: { cookie, origin: base, referer: url } }).catch(() => null);
        latencies.push(performance.now() - started);
        if (!res || res.status >= 400) failed++;
        else if ((res.headers.get("location") ?? "").includes("done=registered")) succeeded++;
        await res?.text();
      }),
    );
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
    const { rows: [counts] } = await client.query<{ registered: number; booked: number }>(
      `SELECT (SELECT count(*)::int FROM "ActivityRegistration" WHERE "activityId" = $1 AND status = 'REGISTERED') AS registered,
              (SELECT "registeredCount" FROM "Activity" WHERE id = $1) AS booked`,
      [activityId],
    );
    return { users, places, ...counts, succeeded, failed, p50: at(50), p95: at(95) };
  } finally {
    await client.end();
  }
}
