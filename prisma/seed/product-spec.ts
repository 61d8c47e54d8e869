import type { LoanMethod, ProductTag, PublishStatus, Region } from "@/lib/generated/prisma/enums";
import type { Profile, ProductText } from "./product-text";

// One seeded product. Figures: minRate in % (年化), maxAmount in 万, maxTermMonths in months.
export interface ProductSpec {
  inst: string; // Institution.name
  name: string;
  cat: "PERSONAL" | "ENTERPRISE";
  methods: LoanMethod[];
  rate: number;
  amount: number;
  term: number;
  date: string; // publishedAt (yyyy-mm-dd, Asia/Shanghai)
  profile: Profile;
  highlights: string;
  regions?: Region[]; // default: the institution's service regions
  area?: string; // 适用地区; default derived from the regions
  tags?: ProductTag[]; // default by profile
  first?: boolean; // 特色: 首贷
  renewal?: boolean; // 特色: 续贷
  featured?: number;
  note?: string; // appended to the introduction
  text?: Partial<ProductText>; // exact texts (e.g. the manual's example)
  status?: PublishStatus;
}

export const C = "CREDIT" as const;
export const P = "PLEDGE" as const;
export const M = "MORTGAGE" as const;
export const G = "GUARANTEE" as const;
