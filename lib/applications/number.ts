import type { PrismaClient } from "@/lib/generated/prisma/client";

type Client = Pick<PrismaClient, "$queryRaw">;

// The date part of record numbers: the day in Tianshui (Asia/Shanghai), YYYYMMDD.
export function shanghaiDateStamp(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now).replaceAll("-", "");
}

// Next number of the day for a prefix: SQ20261126000123. One atomic upsert per number, so two
// submissions at the same instant never get the same number. Gaps (a failed insert) are harmless.
export async function nextRecordNumber(client: Client, prefix: string, now = new Date()): Promise<string> {
  const key = `${prefix}${shanghaiDateStamp(now)}`;
  const rows = await client.$queryRaw<{ value: number }[]>`
    INSERT INTO "NumberSequence" ("key", "value", "updatedAt") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET "value" = "NumberSequence"."value" + 1, "updatedAt" = now()
    RETURNING "value"`;
  return `${key}${String(rows[0].value).padStart(6, "0")}`;
}

export function nextApplicationNumber(client: Client, now = new Date()): Promise<string> {
  return nextRecordNumber(client, "SQ", now);
}

// After a collision with a number created outside the counter (seed, import): move the day's counter
// past the highest number already used, so the next number is free.
export async function syncRecordCounter(client: Client, prefix: string, now = new Date()): Promise<void> {
  const key = `${prefix}${shanghaiDateStamp(now)}`;
  await client.$queryRaw`
    INSERT INTO "NumberSequence" ("key", "value", "updatedAt")
    SELECT ${key}, COALESCE(MAX(CAST(SUBSTRING("number" FROM ${key.length + 1}) AS INTEGER)), 0), now()
      FROM "LoanApplication" WHERE "number" LIKE ${`${key}%`} AND SUBSTRING("number" FROM ${key.length + 1}) ~ '^[0-9]+$'
    ON CONFLICT ("key") DO UPDATE SET "value" = GREATEST("NumberSequence"."value", EXCLUDED."value"), "updatedAt" = now()
    RETURNING "value"`;
}
