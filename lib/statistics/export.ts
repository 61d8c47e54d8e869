import "server-only";
import writeXlsxFile from "write-excel-file/node";
import type { Actor } from "@/lib/domain/actor";
import { formatWan } from "@/lib/format";
import { describePeriod, type StatisticsFilter } from "./period";
import { supervisionStatistics } from "./queries";
import { DISTRICT_COLUMNS, districtCells, INSTITUTION_COLUMNS, institutionCells, overviewRows, statusRows } from "./summary";
import { sortInstitutions, type RankingKey } from "./ranking";

// 监管统计 → 导出 Excel: the figures of the page, one sheet each (概览, 机构排名, 区县情况, 月度趋势).
type Cell = { value: string | number; fontWeight?: "bold" } | null;
const header = (titles: string[]): Cell[] => titles.map((value) => ({ value, fontWeight: "bold" }));
const cells = (rows: (string | number)[][]): Cell[][] => rows.map((r) => r.map((value) => ({ value })));

export async function statisticsSheets(actor: Actor, filter: StatisticsFilter, sort: RankingKey) {
  const f = await supervisionStatistics(actor, filter);
  const overview: Cell[][] = [
    header(["统计时段", describePeriod(filter)]),
    ...cells(overviewRows(f).map((r) => [r.label, `${r.value}（${r.detail}）`])),
    [null, null],
    header(["申贷状态", "笔数"]),
    ...cells(statusRows(f)),
  ];
  return {
    overview,
    institutions: [header(INSTITUTION_COLUMNS), ...cells(institutionCells(sortInstitutions(f.institutions, sort)))],
    districts: [header(DISTRICT_COLUMNS), ...cells(districtCells(f.districts))],
    trend: [header(["月份", "申请笔数", "放款金额（万元）"]), ...cells(f.trend.map((m) => [m.month, m.applications, formatWan(m.lent)]))],
  };
}

export async function exportStatistics(actor: Actor, filter: StatisticsFilter, sort: RankingKey): Promise<{ body: Buffer; filename: string }> {
  const s = await statisticsSheets(actor, filter, sort);
  const body = await writeXlsxFile([
    { data: s.overview, sheet: "概览", columns: [{ width: 18 }, { width: 60 }] },
    { data: s.institutions, sheet: "机构排名", columns: INSTITUTION_COLUMNS.map((c, i) => ({ width: i === 1 ? 28 : Math.max(10, c.length * 2) })) },
    { data: s.districts, sheet: "区县情况", columns: DISTRICT_COLUMNS.map(() => ({ width: 18 })) },
    { data: s.trend, sheet: "月度趋势", columns: [{ width: 12 }, { width: 12 }, { width: 18 }] },
  ]).toBuffer();
  return { body, filename: `监管统计-${filter.fromDay}至${filter.toDay}.xlsx` };
}
