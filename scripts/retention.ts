// npm run retention: deletes personal data past its retention period (lib/retention/purge.ts). Run daily
// (cron, or a scheduled task on the deployment); safe to run on several instances at once.
import { disconnectDb } from "@/lib/db";
import { purgeExpiredData } from "@/lib/retention/purge";

try {
  const purged = await purgeExpiredData();
  console.log(`[retention] deleted: ${JSON.stringify(purged)}`);
} finally {
  await disconnectDb();
}
