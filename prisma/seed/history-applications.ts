// Plans the historical loan applications (deterministic): which product, applicant, status path,
// amounts and dates. history.ts turns the plan into rows.
import type { ApplicationKind, ApplicationStatus, LoanPurpose } from "@/lib/generated/prisma/enums";
import { APPLICANTS, type Applicant } from "./people";
import { PRODUCT_SPECS } from "./products";
import type { ProductSpec } from "./product-spec";
import type { Profile } from "./product-text";
import { BRIDGE_APPLICATIONS, BRIDGE_PROVIDER, HISTORY_TARGETS, OPEN_RENEWALS, OTHER_APPLICATIONS, splitAmount } from "./history-plan";
import { cst, DAY_MS, type Rng } from "./util";

export interface PlannedApplication {
  inst: string | null; // handling institution; null = open 续贷 waiting for a bank
  product: ProductSpec | null;
  applicant: Applicant;
  kind: ApplicationKind;
  status: ApplicationStatus;
  path: ApplicationStatus[]; // every status reached, starting with SUBMITTED
  amount: number;
  termMonths: number;
  purpose: LoanPurpose;
  approvedAmount?: number;
  disbursedAmount?: number;
  originalInst?: string;
  bridge?: { amount: number; days: number };
  submittedAt: Date;
  stepDays: number[]; // days after submission of each further step of `path`
}

const PURPOSES: Record<Profile, LoanPurpose[]> = {
  farmer: ["AGRICULTURE", "AGRICULTURE", "EQUIPMENT"], merchant: ["WORKING_CAPITAL", "EXPANSION"], consumer: ["CONSUMPTION", "EDUCATION"],
  housing: ["HOUSING"], salary: ["CONSUMPTION", "HOUSING", "EDUCATION"], startup: ["EXPANSION", "EQUIPMENT"],
  smallbiz: ["WORKING_CAPITAL", "WORKING_CAPITAL", "EQUIPMENT"], tech: ["EQUIPMENT", "EXPANSION", "OTHER"], agribiz: ["AGRICULTURE", "EXPANSION"],
  supply: ["WORKING_CAPITAL"], tax: ["WORKING_CAPITAL", "EXPANSION"], renewal: ["WORKING_CAPITAL"], firstloan: ["WORKING_CAPITAL", "EQUIPMENT"],
  guarantee: ["WORKING_CAPITAL", "EXPANSION"], insurance: ["WORKING_CAPITAL", "AGRICULTURE"], microloan: ["WORKING_CAPITAL"],
  policy: ["EXPANSION", "AGRICULTURE"], mortgage: ["EXPANSION", "EQUIPMENT"],
};

const PATHS: Record<ApplicationStatus, ApplicationStatus[][]> = {
  SUBMITTED: [["SUBMITTED"]],
  ACCEPTED: [["SUBMITTED", "ACCEPTED"]],
  APPROVED: [["SUBMITTED", "ACCEPTED", "APPROVED"]],
  DISBURSED: [["SUBMITTED", "ACCEPTED", "APPROVED", "DISBURSED"]],
  REJECTED: [["SUBMITTED", "REJECTED"], ["SUBMITTED", "ACCEPTED", "REJECTED"]],
  RETURNED: [["SUBMITTED", "ACCEPTED", "RETURNED"], ["SUBMITTED", "RETURNED"]],
  WITHDRAWN: [["SUBMITTED", "WITHDRAWN"], ["SUBMITTED", "ACCEPTED", "WITHDRAWN"]],
};

// How long ago (days) an application in this final status may have been submitted.
const AGE: Record<ApplicationStatus, [number, number]> = {
  SUBMITTED: [1, 12], ACCEPTED: [5, 30], RETURNED: [6, 40], APPROVED: [20, 400], DISBURSED: [30, 1500],
  REJECTED: [15, 900], WITHDRAWN: [10, 700],
};

const TERMS = [3, 6, 12, 18, 24, 36, 48, 60, 120, 240, 360];

function termFor(r: Rng, max: number): number {
  const options = TERMS.filter((t) => t <= max);
  return r.chance(0.35) ? max : r.pick(options.length ? options : [max]);
}

function productsOf(inst: string): ProductSpec[] {
  return PRODUCT_SPECS.filter((p) => p.inst === inst && (p.status ?? "PUBLISHED") === "PUBLISHED");
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function planApplications(r: Rng, now: Date): PlannedApplication[] {
  const planned: PlannedApplication[] = [];
  const personal = APPLICANTS.filter((a) => a.role === "PERSONAL");
  const enterprise = APPLICANTS.filter((a) => a.role === "ENTERPRISE");

  const base = (inst: string, product: ProductSpec, status: ApplicationStatus): PlannedApplication => {
    const applicant = r.pick(product.cat === "PERSONAL" ? personal : enterprise);
    const kind: ApplicationKind =
      product.first && applicant.role === "ENTERPRISE" && r.chance(0.7) ? "FIRST_LOAN" : product.renewal && r.chance(0.8) ? "RENEWAL" : "NORMAL";
    const path = r.pick(PATHS[status]);
    // Never before the product was published.
    const sincePublished = Math.floor((now.getTime() - cst(product.date).getTime()) / DAY_MS) - 1;
    const maxAge = Math.min(AGE[status][1], sincePublished);
    const age = r.int(Math.min(AGE[status][0], maxAge), maxAge);
    const stepDays: number[] = [];
    let day = 0;
    for (let i = 1; i < path.length; i++) {
      day = Math.min(age - 0.1, day + r.int(1, 6) + r.next());
      stepDays.push(day);
    }
    const amount = Math.max(1, Math.min(product.amount, Math.round(product.amount * (0.2 + 0.7 * r.next()))));
    return {
      inst, product, applicant, kind, status, path,
      amount, termMonths: termFor(r, product.term), purpose: r.pick(PURPOSES[product.profile]),
      originalInst: kind === "RENEWAL" ? (r.chance(0.7) ? inst : r.pick(["建设银行", "工商银行", "甘肃银行", "农业银行"])) : undefined,
      submittedAt: new Date(now.getTime() - age * DAY_MS - r.int(0, 8 * 3600) * 1000),
      stepDays,
    };
  };

  for (const target of HISTORY_TARGETS) {
    const products = productsOf(target.inst);
    if (!products.length) throw new Error(`No products for ${target.inst}`);
    // Disbursed: choose products, make sure their limits can carry the target sum, then split it exactly.
    const picks = Array.from({ length: target.disbursed ?? 0 }, () => r.pick(products));
    const largest = products.reduce((a, b) => (b.amount > a.amount ? b : a));
    const capacity = () => picks.reduce((s, p) => s + p.amount, 0);
    while (picks.length && capacity() < (target.disbursedSum ?? 0)) {
      const smallest = picks.reduce((iMin, p, i) => (p.amount < picks[iMin].amount ? i : iMin), 0);
      picks[smallest] = largest;
    }
    const sums = picks.length ? splitAmount(target.disbursedSum ?? 0, picks.map((p) => p.amount), r.next) : [];
    picks.forEach((product, i) => {
      const app = base(target.inst, product, "DISBURSED");
      const disbursed = sums[i];
      const approved = r.chance(0.8) ? disbursed : Math.min(product.amount, disbursed + Math.max(1, Math.round(disbursed * 0.1)));
      app.disbursedAmount = disbursed;
      app.approvedAmount = approved;
      app.amount = Math.min(product.amount, r.chance(0.6) ? approved : Math.ceil(approved * (1.1 + 0.3 * r.next())));
      planned.push(app);
    });
    for (let i = 0; i < (target.approved ?? 0); i++) {
      const app = base(target.inst, r.pick(products), "APPROVED");
      app.approvedAmount = Math.max(1, r.chance(0.6) ? app.amount : round1(app.amount * (0.6 + 0.3 * r.next())));
      planned.push(app);
    }
  }

  for (const [inst, status, count] of OTHER_APPLICATIONS) {
    for (let i = 0; i < count; i++) planned.push(base(inst, r.pick(productsOf(inst)), status));
  }

  // 转贷: handled by the bridge provider; no product.
  for (const [status, loan, bridgeAmount, days, bank] of BRIDGE_APPLICATIONS) {
    const applicant = r.pick(enterprise);
    const age = status === "SUBMITTED" ? r.int(1, 5) : r.int(60, 700);
    const path = PATHS[status][0];
    planned.push({
      inst: BRIDGE_PROVIDER, product: null, applicant, kind: "BRIDGE", status, path,
      amount: loan, termMonths: 12, purpose: "WORKING_CAPITAL",
      approvedAmount: status === "DISBURSED" ? bridgeAmount : undefined,
      disbursedAmount: status === "DISBURSED" ? bridgeAmount : undefined,
      originalInst: bank, bridge: { amount: bridgeAmount, days },
      submittedAt: new Date(now.getTime() - age * DAY_MS),
      stepDays: path.slice(1).map((_, i) => Math.min(age - 0.1, (i + 1) * 0.8)),
    });
  }

  // Open 续贷 applications that accept any bank: no institution yet.
  for (let i = 0; i < OPEN_RENEWALS; i++) {
    const applicant = r.pick(enterprise);
    planned.push({
      inst: null, product: null, applicant, kind: "RENEWAL", status: "SUBMITTED", path: ["SUBMITTED"],
      amount: r.pick([100, 200, 300, 500]), termMonths: 12, purpose: "WORKING_CAPITAL",
      originalInst: r.pick(["工商银行", "农业银行", "交通银行"]),
      submittedAt: new Date(now.getTime() - r.int(1, 6) * DAY_MS), stepDays: [],
    });
  }
  return planned.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}
