// Signed-in cookies for the benchmark's personal-center cases: a Session row for the applicant with
// the most applications and for a staff member of the institution with the most, and the Auth.js
// session cookie pointing at it — the same cookie /login sets, minted with the server's AUTH_SECRET
// (the login form itself needs the human check, which a load tool cannot pass).
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";

const COOKIE = "authjs.session-token";

export interface BenchSession {
  cookie: string;
  label: string;
  applications: number;
}

export async function mintSession(client: pg.Client, secret: string, userId: string): Promise<string> {
  const sid = randomUUID();
  await client.query(
    `INSERT INTO "Session" (id, "userId", "createdAt", "lastSeenAt", "expiresAt", "userAgent")
     VALUES ($1, $2, now(), now(), now() + interval '12 hours', 'npm run bench')`,
    [sid, userId],
  );
  const token = await encode({ token: { sub: userId, sid }, secret, salt: COOKIE, maxAge: 12 * 3600 });
  return `${COOKIE}=${token}`;
}

export async function benchSessions(databaseUrl: string, secret: string): Promise<{ applicant: BenchSession; staff: BenchSession }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [top] } = await client.query<{ id: string; phone: string; n: number }>(
      `SELECT u.id, u.phone, a.n FROM (SELECT "applicantId", count(*)::int AS n FROM "LoanApplication"
         GROUP BY "applicantId" ORDER BY n DESC LIMIT 1) a JOIN "User" u ON u.id = a."applicantId"`,
    );
    const { rows: [bank] } = await client.query<{ id: string; phone: string; name: string; n: number }>(
      `SELECT u.id, u.phone, i.name, a.n FROM (SELECT "institutionId", count(*)::int AS n FROM "LoanApplication"
         WHERE "institutionId" IS NOT NULL GROUP BY "institutionId" ORDER BY n DESC LIMIT 1) a
       JOIN "Institution" i ON i.id = a."institutionId"
       JOIN LATERAL (SELECT id, phone FROM "User" WHERE role = 'STAFF' AND "institutionId" = a."institutionId" AND status = 'ACTIVE'
                     ORDER BY phone LIMIT 1) u ON true`,
    );
    if (!top || !bank) throw new Error("the bench database has no applications or no staff");
    return {
      applicant: { cookie: await mintSession(client, secret, top.id), label: `applicant ${top.phone}`, applications: top.n },
      staff: { cookie: await mintSession(client, secret, bank.id), label: `${bank.name} staff ${bank.phone}`, applications: bank.n },
    };
  } finally {
    await client.end();
  }
}
