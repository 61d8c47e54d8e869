import type { RawDb } from "@/lib/db/raw";

// A comparable description of a database's schema: enums, columns, indexes, constraints. CHECK
// constraints named guard_* are written by hand in migrations (schema.prisma cannot express them):
// they are listed apart, so that the migrations can be compared with the schema's own diff.
export async function describeCatalogue(db: RawDb) {
  const enums = await db.query(
    `SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
      GROUP BY t.typname ORDER BY t.typname`,
  );
  const columns = await db.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
            character_maximum_length, numeric_precision, numeric_scale
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`,
  );
  const indexes = await db.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`,
  );
  const constraints = await db.query(
    `SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations'
      ORDER BY 1, 2`,
  );
  const isGuard = (c: Record<string, unknown>) => String(c.conname).startsWith("guard_");
  return { enums, columns, indexes, constraints: constraints.filter((c) => !isGuard(c)), guards: constraints.filter(isGuard) };
}
