import { z } from "zod";

// Record ids are cuids (Prisma's default; the seed makes them the same shape, the scale seed uses
// "bench-…"). An id from a URL or a bound action argument that is not one of these shapes is
// refused before it reaches the database.
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

export const idSchema = z.string().regex(ID_PATTERN, "记录不存在或无权查看");

// For pages: the id of a route segment or query parameter, or null (the page answers 404).
export function parseRouteId(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return isId(v) ? v : null;
}

// A new record id of Prisma's cuid shape ("c" + time + randomness, lowercase base36, 25 characters), for a row
// whose id must be known before it is inserted (encrypted columns bind their ciphertext to the row id).
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const bytes = crypto.getRandomValues(new Uint8Array(10)); // 80 bits
  const random = BigInt(`0x${Buffer.from(bytes).toString("hex")}`).toString(36).padStart(16, "0").slice(-15);
  return `c${time}${random}`;
}
