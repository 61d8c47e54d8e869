// npm run retention: deletes personal data past its retention period (lib/retention/purge.ts) and closes the
// accounts whose 注销 cooling-off period has ended (lib/privacy/close-due.ts). Run daily (cron, or a scheduled
// task on the deployment); safe to run on several instances at once (each step is a conditional write).
import { disconnectDb } from "@/lib/db";
import { closeDueAccounts } from "@/lib/privacy/close-due";
import { purgeExpiredData } from "@/lib/retention/purge";

try {
  const now = new Date();
  const purged = await purgeExpiredData(now);
  console.log(`[retention] deleted: ${JSON.stringify(purged)}`);
  console.log(`[retention] accounts closed: ${await closeDueAccounts(now)}`);
} finally {
  await disconnectDb();
}
