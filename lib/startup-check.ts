import { deploymentProblems } from "./deployment";
import { isDemoMode } from "./env";

// Run by instrumentation.ts when the Node.js server starts. Fail closed: a production deployment that lacks a
// key does not serve at all rather than falling back to a development key (lib/deployment.ts).
export function checkDeploymentOrExit(): void {
  const problems = deploymentProblems();
  if (problems.length) {
    console.error(`[app] refusing to start a production deployment (set DEMO_MODE=1 for the demo):\n  - ${problems.join("\n  - ")}`);
    process.exit(1);
  }
  if (isDemoMode()) {
    console.log("[app] 演示环境 (DEMO_MODE): development keys, demo accounts, /dev/sms and the SSO mock's identities are on — not for real data");
  }
}
