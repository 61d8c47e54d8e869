import { defineConfig } from "prisma/config";

// The datasource URL is only read by Prisma CLI commands that talk to a database;
// the app itself connects through lib/db.ts (PGlite or PostgreSQL).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
