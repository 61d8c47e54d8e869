// The seed steps in order. Each takes the Prisma client and is idempotent; later work appends steps here.
import type { Db } from "./util";
import { seedActivities } from "./activities";
import { seedApplicants, seedDemoAccounts, seedStaff } from "./accounts";
import { seedContent } from "./content";
import { seedEquity } from "./equity";
import { seedGovData, seedHistoryConsents } from "./gov-data";
import { seedHistory } from "./history";
import { seedInstitutions } from "./institutions";
import { seedProducts } from "./products";
import { seedRegistry } from "./registry";
import { seedSecondFactors } from "./second-factor";
import { seedSsoMockIdentities } from "./sso";

export interface SeedStep {
  name: string;
  production: boolean; // also run in a production deployment (APP_ENV=production): reference data
  run: (db: Db) => Promise<void>;
}

export const SEED_STEPS: SeedStep[] = [
  { name: "institutions", production: true, run: seedInstitutions },
  { name: "products", production: false, run: seedProducts },
  { name: "registry", production: false, run: seedRegistry },
  // Synthetic government data behind 信用报告 (docs/credit-report.md).
  { name: "government data", production: false, run: seedGovData },
  { name: "demo accounts", production: false, run: seedDemoAccounts },
  { name: "staff", production: false, run: seedStaff },
  // The documented demo authenticator of the staff and 金融办 accounts (docs/security.md).
  { name: "second factors", production: false, run: seedSecondFactors },
  { name: "applicants", production: false, run: seedApplicants },
  { name: "history", production: false, run: seedHistory },
  { name: "history consents", production: false, run: seedHistoryConsents },
  { name: "equity", production: false, run: seedEquity },
  { name: "activities", production: false, run: seedActivities },
  { name: "content", production: false, run: seedContent },
  // Identities of the mock 甘肃省统一身份认证系统 (docs/accounts.md); one shares the demo 个人用户's phone.
  { name: "sso mock identities", production: false, run: seedSsoMockIdentities },
];

export { seedActivities, seedApplicants, seedContent, seedDemoAccounts, seedEquity, seedGovData, seedHistory, seedInstitutions, seedProducts, seedRegistry, seedStaff };
