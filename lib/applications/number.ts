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
