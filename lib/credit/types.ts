import type { SourceResults } from "@/lib/services/gov-data/collect";
import type { GradeItem } from "./grade";

// What a CreditReport row's JSON columns hold (written once, read by the pages).
export interface StoredSources {
  results: SourceResults;
  gradeItems: GradeItem[];
}

export interface PlatformRecord {
  total: number;
  disbursedElsewhere: number; // 已放款 applications other than the current one (for the 首贷 declaration)
  byOutcome: { label: string; count: number }[];
  recent: { number: string; institution: string; product: string; kind: string; status: string; submittedAt: string; current: boolean }[];
}
