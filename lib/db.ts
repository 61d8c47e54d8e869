import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseTarget } from "./db/config";
import { pgliteFor } from "./db/pglite";

// The one Prisma client of the process. Created on first use, never at import time,
// so that `next build` (which imports route modules) never opens the database.
function createClient(): PrismaClient {
  const target = databaseTarget();
  if (target.kind === "postgres") {
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max }) });
  }
  return new PrismaClient({ adapter: new PrismaPGlite(pgliteFor(target.dataDir)) });
}

const holder = globalThis as { __prisma?: PrismaClient };

export function getDb(): PrismaClient {
  // Pages read the database at request time only (docs/architecture.md); a read reached while
  // `next build` prerenders is a mistake in a page, and the embedded database must not be opened
  // by build workers.
  if (process.env.NEXT_PHASE === "phase-production-build") throw new Error("The database is not available while the app is being built");
  return (holder.__prisma ??= createClient());
}

export async function disconnectDb(): Promise<void> {
  const client = holder.__prisma;
  holder.__prisma = undefined;
  await client?.$disconnect();
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
