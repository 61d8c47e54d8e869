import type { Region } from "@/lib/generated/prisma/enums";
import { REGIONS } from "@/lib/reference";
import { parseDemandStatus } from "./labels";

// The filters of the console list and of 需求总览, from the URL and back.
type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseRegion(v: string | string[] | undefined): Region | undefined {
  const value = first(v);
  return REGIONS.some((r) => r.value === value) ? (value as Region) : undefined;
}

export function parseFirstLoan(v: string | string[] | undefined): boolean | undefined {
  const value = first(v);
  return value === "yes" ? true : value === "no" ? false : undefined;
}

export function parseDemandFilters(sp: Params) {
  return { status: parseDemandStatus(sp.status), firstLoan: parseFirstLoan(sp.firstLoan), region: parseRegion(sp.region) };
}

// Booleans: firstLoan is yes/no (both are filters), overdue only yes.
export function filtersHref(base: string, f: Record<string, string | boolean | undefined>, page = 1): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === "") continue;
    if (typeof v === "boolean") {
      if (k === "firstLoan") params.set(k, v ? "yes" : "no");
      else if (v) params.set(k, "yes");
    } else params.set(k, v);
  }
  if (page > 1) params.set("page", String(page));
  const q = params.toString();
  return q ? `${base}?${q}` : base;
}

export const firstLoanParam = (v: boolean | undefined) => (v === undefined ? undefined : v ? "yes" : "no");

export const FIRST_LOAN_OPTIONS = [
  { value: "yes", label: "首贷需求" },
  { value: "no", label: "普通需求" },
];
export function parseAdminDemandFilters(sp: Params) {
  const institution = first(sp.institution);
  return {
    ...parseDemandFilters(sp),
    institutionId: institution && /^[A-Za-z0-9_-]{1,64}$/.test(institution) ? institution : undefined,
    overdue: first(sp.overdue) === "yes" ? true : undefined,
  };
}
