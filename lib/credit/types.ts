import type { SourceResults } from "@/lib/services/gov-data/collect";
import type { GradeItem } from "./grade";

// What a CreditReport row's JSON columns hold (written once, read by the pages).
export interface StoredSources {
  results: SourceResults;
  gradeItems: GradeItem[];
}

export interface PlatformRecord {
  total: number;
  byOutcome: { label: string; count: number }[];
  recent: { number: string; institution: string; product: string; kind: string; status: string; submittedAt: string; current: boolean }[];
}
