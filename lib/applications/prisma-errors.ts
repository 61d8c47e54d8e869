// Prisma reports unique violations as P2002; with driver adapters the field names sit in
// different places of `meta` depending on the driver, so look at all of it.
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: string; meta?: unknown; message?: string };
  if (e.code !== "P2002") return false;
  if (!field) return true;
  return JSON.stringify(e.meta ?? {}).includes(field) || (e.message ?? "").includes(field);
}
