// What an edit changed, for the audit log: the names of the fields whose value differs, with the old and
// new value (short texts only; long texts are named without their content).
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function changedFields(before: object, after: object): Record<string, Json> {
  const out: Record<string, Json> = {};
  const old = before as Record<string, unknown>;
  for (const [key, next] of Object.entries(after)) {
    const prev = old[key];
    const a = JSON.stringify(normal(prev));
    const b = JSON.stringify(normal(next));
    if (a === b) continue;
    out[key] = (a?.length ?? 0) > 120 || (b?.length ?? 0) > 120 ? "changed" : { from: normal(prev), to: normal(next) };
  }
  return out;
}

function normal(v: unknown): Json {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === "object" && "toFixed" in v) return String(v); // Prisma Decimal
  return v as Json;
}
