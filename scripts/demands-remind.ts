// npm run demands:remind — the deadline job of 融资需求 (lib/demands/deadline-job.ts): marks demands
// not taken up within DEMAND_RESPONSE_WORKING_DAYS working days (default 3) as 超时 and reminds the
// institutions' staff. Safe to run as often as wanted (each demand is reminded once); a cron line
// every 15 minutes is enough. 需求总览's 发送超时提醒 runs the same job.
import { disconnectDb } from "@/lib/db";
import { markOverdueDemands } from "@/lib/demands/deadline-job";

const result = await markOverdueDemands(new Date());
console.log(`overdue demands marked: ${result.marked}, reminders sent: ${result.reminders}`);
await disconnectDb();
