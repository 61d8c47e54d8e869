import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Next.js enforces "server-only" at build time; under vitest it is a no-op.
      { find: /^server-only$/, replacement: `${root}/tests/helpers/empty-module.ts` },
    ],
  },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension, which only a bundler resolves:
    // let Vite transform it so integration tests can drive Auth.js directly.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      // Tests sit beside the code they test (docs/architecture.md): *.test.ts are unit tests,
      // *.int.test.ts run against a real database. tests/ holds helpers, cross-cutting checks and e2e.
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts"], exclude: ["**/*.int.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup-db.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two workers match the two cores; every file gets its own database copy.
          maxWorkers: 2,
        },
      },
      // Two production instances behind a load balancer (node scripts/test.mjs instances): skipped without
      // the database and Redis that phase provides.
      { extends: true, test: { name: "instances", include: ["tests/instances/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
