// The 监管统计 case of `npm run bench`: /admin/statistics over the scale database (1,000,000 applications), both
// repeated (the figures come from the 'figures' cache) and cold (a custom period not asked for before on every
// request, so each one runs the aggregate queries over the period's rows).
import pg from "pg";
import { mintSession } from "./bench-sessions";

export async function adminSession(databaseUrl: string, secret: string): Promise<{ cookie: string; applications: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [admin] } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'ADMIN' AND status = 'ACTIVE' ORDER BY phone LIMIT 1`);
    if (!admin) throw new Error("the bench database has no administrator");
    const { rows: [{ n }] } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "LoanApplication"`);
    return { cookie: await mintSession(client, secret, admin.id), applications: n };
  } finally {
    await client.end();
  }
}

// Custom periods ending today that start on a different day each time: 1–3 years long, so each request
// aggregates hundreds of thousands of rows.
export function coldStatisticsPaths(): () => string {
  let n = 0;
  const today = new Date(Date.now() + 8 * 3600_000);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return () => {
    n += 1;
    const from = new Date(today.getTime() - (365 + ((n * 37) % 730)) * 86_400_000);
    return `/admin/statistics?period=custom&from=${day(from)}&to=${day(today)}`;
  };
}
