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
