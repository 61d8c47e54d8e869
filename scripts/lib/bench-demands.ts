// The 融资需求 cases of `npm run bench`: the matching step of 发布需求 against the 10,000 products of the scale
// seed, and an institution's 融资需求 list with 100,000 demands in the database.
import pg from "pg";
import { hiddenFields } from "./bench-content";
import { mintSession } from "./bench-sessions";
import type { Row } from "./bench-measure";

const DEMANDS = 100_000;
const NUMBER_PREFIX = "XQB"; // bench demands; real numbers start with XQ + a date

export interface DemandBenchSetup {
  enterprise: string; // session cookie of an enterprise account (发布需求)
  staff: string; // session cookie of the staff of the bank the demands are addressed to
  bank: string;
  demands: number;
}

// Adds the bench demands once (a reused database keeps them): 60 % 期望机构 不限, 20 % addressed to the bank,
// 10 % to another bank, 10 % taken up by the bank — so the bank's list spans every part of its scope.
export async function prepareDemandBench(databaseUrl: string, secret: string): Promise<DemandBenchSetup> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: banks } = await client.query<{ id: string; name: string; staff: string }>(
      `SELECT i.id, i.name, u.id AS staff FROM "Institution" i
       JOIN LATERAL (SELECT id FROM "User" WHERE role = 'STAFF' AND "institutionId" = i.id AND status = 'ACTIVE' ORDER BY phone LIMIT 1) u ON true
       WHERE i.type = 'BANK' ORDER BY i.name LIMIT 2`,
    );
    const { rows: [enterprise] } = await client.query<{ id: string }>(
      `SELECT id FROM "User" WHERE role = 'ENTERPRISE' AND status = 'ACTIVE' ORDER BY phone LIMIT 1`,
    );
    if (banks.length < 2 || !enterprise) throw new Error("the bench database needs two banks with staff and an enterprise account");
    const [bank, other] = banks;
    const { rows: [{ n }] } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "FinancingDemand" WHERE number LIKE '${NUMBER_PREFIX}%'`);
    if (n < DEMANDS) {
      console.log(`[bench] adding ${DEMANDS.toLocaleString("en")} 融资需求 ...`);
      await client.query("BEGIN");
      await client.query(`DELETE FROM "FinancingDemand" WHERE number LIKE '${NUMBER_PREFIX}%'`);
      await client.query(
        `WITH users AS (SELECT array_agg(id ORDER BY id) AS ids FROM "User" WHERE role IN ('ENTERPRISE', 'PERSONAL'))
         INSERT INTO "FinancingDemand" (id, number, "userId", "applicantType", amount, "termMonths", purpose, method, "rateFrom", "rateTo",
           "anyInstitution", region, "realName", gender, phone, "enterpriseName", status, "takenByInstitutionId", "takenAt",
           "responseDueAt", "createdAt", "updatedAt")
         SELECT 'bench-demand-' || g, '${NUMBER_PREFIX}' || lpad(g::text, 9, '0'), users.ids[1 + g % array_length(users.ids, 1)],
           'ENTERPRISE', 50 + g % 500, 6 + g % 30, '流动资金周转', (ARRAY['ANY','CREDIT','MORTGAGE','PLEDGE','GUARANTEE'])[1 + g % 5]::"DemandMethod",
           3, 8, g % 10 < 6,
           (ARRAY['QINZHOU','MAIJI','QINAN','GANGU','WUSHAN','QINGSHUI','ZHANGJIACHUAN'])[1 + g % 7]::"Region",
           '压测用户', 'MALE', '13800000002', '压测企业',
           (CASE WHEN g % 10 = 9 THEN 'IN_PROGRESS' ELSE 'OPEN' END)::"DemandStatus",
           CASE WHEN g % 10 = 9 THEN $1 END, CASE WHEN g % 10 = 9 THEN now() END,
           now() + interval '3 days', now() - g * interval '1 minute', now()
         FROM generate_series(1, ${DEMANDS}) g, users`,
        [bank.id],
      );
      await client.query(
        `INSERT INTO "DemandInstitution" ("demandId", "institutionId")
         SELECT 'bench-demand-' || g, CASE WHEN g % 10 = 8 THEN $2 ELSE $1 END
         FROM generate_series(1, ${DEMANDS}) g WHERE g % 10 IN (6, 7, 8)`,
        [bank.id, other.id],
      );
      await client.query("COMMIT");
      await client.query(`ANALYZE "FinancingDemand"; ANALYZE "DemandInstitution"`);
    }
    return {
      enterprise: await mintSession(client, secret, enterprise.id),
      staff: await mintSession(client, secret, bank.staff),
      bank: bank.name,
      demands: DEMANDS,
    };
  } finally {
    await client.end();
  }
}

// 提交 on 发布需求 as a browser without JavaScript does it: the form's post (the server action matches the
// products and answers 303), then the page that shows 为您匹配到以下产品. Timed together: what the user waits for.
// The criteria match as many products as possible (不限, 0–36 %), the most work for the ranking.
export async function matchingStep(base: string, cookie: string, connections: number, durationS: number): Promise<Row> {
  const url = `${base}/demands/new`;
  const page = await fetch(url, { headers: { cookie } });
  if (page.status !== 200) throw new Error(`/demands/new answered ${page.status} to the bench session`);
  const hidden = hiddenFields(await page.text(), "发布融资需求");
  const latencies: number[] = [];
  let bad = 0;
  let firstError: unknown;
  const until = Date.now() + durationS * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const body = new FormData();
      for (const [name, value] of hidden) body.append(name, value);
      const fields = {
        step: "preview", applicantType: "ENTERPRISE", amount: "100", termMonths: "12", purpose: "购买原材料", method: "ANY",
        rateFrom: "0", rateTo: "36", institutions: "ANY", region: "QINZHOU", realName: "张三", gender: "MALE",
        phone: "13800000002", enterpriseName: "天水示范科技有限公司",
      };
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      const started = performance.now();
      try {
        const post = await fetch(url, { method: "POST", body, redirect: "manual", headers: { cookie, origin: base, referer: url } });
        await post.text();
        const location = post.headers.get("location");
        if (post.status !== 303 || !location) throw new Error(`post answered ${post.status}`);
        // The answer waits for the page under a cookie of the 303 (lib/actions/native-reply.ts), as a browser keeps it.
        const replyCookies = post.headers.getSetCookie().map((c) => c.split(";")[0]);
        const shown = await (await fetch(new URL(location, base), { headers: { cookie: [cookie, ...replyCookies].join("; ") } })).text();
        if (!shown.includes("为您匹配到以下产品")) throw new Error(`no matches shown: ${shown.match(/<main[\s\S]*?<\/main>/)?.[0].replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 600)}`);
        latencies.push(performance.now() - started);
      } catch (error) {
        bad++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  if (firstError) console.error(`[bench] 发布需求: ${bad} failed, the first with`, firstError);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN;
  return { name: "发布需求 提交 → matched products (post + page)", p50: at(50), p95: at(95), p99: at(99), rps: latencies.length / durationS, total: latencies.length, bad };
}
