import type { InstitutionRow } from "./figures";

// Rankings of 监管统计: the manual's three figures (发布融资产品数量, 对接成功笔数, 累计放款金额) plus the
// average time to first response (shorter is better) and 对接成功率. Institutions without a value rank last.

export type RankingKey = "products" | "matches" | "lent" | "response" | "rate";

export const RANKING_KEYS: { value: RankingKey; label: string }[] = [
  { value: "matches", label: "对接成功笔数" },
  { value: "lent", label: "累计放款金额" },
  { value: "products", label: "发布融资产品数量" },
  { value: "response", label: "平均响应时间" },
  { value: "rate", label: "对接成功率" },
];

export function parseRankingKey(raw: unknown): RankingKey {
  return RANKING_KEYS.find((k) => k.value === raw)?.value ?? "matches";
}

// A comparable score: larger is better; null when the institution has no value for it.
function score(row: InstitutionRow, key: RankingKey): number | null {
  switch (key) {
    case "products": return row.products;
    case "matches": return row.matches;
    case "lent": return Number(row.lent);
    case "response": return row.avgResponseHours === null ? null : -row.avgResponseHours;
    case "rate": return row.success.rate;
  }
}

export function sortInstitutions(rows: InstitutionRow[], key: RankingKey): InstitutionRow[] {
  return [...rows].sort((a, b) => {
    const x = score(a, key);
    const y = score(b, key);
    if (x === y) return a.name.localeCompare(b.name, "zh-CN");
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  });
}

// Competition ranking (1, 2, 2, 4): the position of `id` among `rows` by `key`; null without a value.
export function rankOf(rows: InstitutionRow[], id: string, key: RankingKey): number | null {
  const own = rows.find((r) => r.id === id);
  const mine = own ? score(own, key) : null;
  if (mine === null) return null;
  return 1 + rows.filter((r) => {
    const s = score(r, key);
    return s !== null && s > mine;
  }).length;
}
