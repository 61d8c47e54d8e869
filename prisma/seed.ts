// npm run db:seed — idempotent. Outside a production deployment it also loads demo data.
import { db, disconnectDb } from "../lib/db";
import { isProductionDeployment } from "../lib/env";
import { seedSsoMockIdentities } from "./seed/sso";

async function main() {
  if (!isProductionDeployment()) {
    const identities = await seedSsoMockIdentities(db);
    console.log(`[seed] SSO mock identities: ${identities}`);
  }
}

try {
  await main();
} finally {
  await disconnectDb();
}
