import "server-only";
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { formatWan } from "@/lib/format";
import type { DistrictRow, Figures, InstitutionRow } from "./figures";

// 监管统计's charts, drawn on the server by ECharts' SSR SVG renderer: the page ships no chart JavaScript.
// ECharts escapes the text it draws (institution names are data); every chart also has its numbers as a
// table and a sentence on the page (components/statistics/chart-figure.tsx).

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, SVGRenderer]);

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#64748b"];

function render(option: echarts.EChartsCoreOption, width = 640, height = 320): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: COLORS, textStyle: { fontFamily: FONT, fontSize: 13, color: "#334155" }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface Chart {
  svg: string | null; // null: nothing to draw
  description: string;
}

const monthLabel = (m: string) => `${Number(m.slice(5))}月`;

export function trendChart(trend: Figures["trend"]): Chart {
  const busiest = trend.reduce((best, m) => (m.applications > best.applications ? m : best), trend[0]);
  const lentMost = trend.reduce((best, m) => (Number(m.lent) > Number(best.lent) ? m : best), trend[0]);
  const any = trend.some((m) => m.applications > 0 || Number(m.lent) > 0);
  const description = any
    ? `${trend[0].month} 至 ${trend[trend.length - 1].month}：申请最多的是 ${busiest.month}（${busiest.applications}笔），放款最多的是 ${lentMost.month}（${formatWan(lentMost.lent)}万元）。`
    : "近12个月暂无申请和放款。";
  if (!any) return { svg: null, description };
  const svg = render({
    legend: { top: 0, data: ["申请笔数", "放款金额（万元）"] },
    grid: { left: 56, right: 64, top: 40, bottom: 32 },
    xAxis: { type: "category", data: trend.map((m) => monthLabel(m.month)) },
    yAxis: [
      { type: "value", name: "笔", minInterval: 1 },
      { type: "value", name: "万元", splitLine: { show: false } },
    ],
    series: [
      { name: "申请笔数", type: "bar", data: trend.map((m) => m.applications), barMaxWidth: 28 },
      { name: "放款金额（万元）", type: "line", yAxisIndex: 1, data: trend.map((m) => Number(m.lent)), symbolSize: 6 },
    ],
  });
  return { svg, description };
}

// Share of 放款金额 by institution: the seven largest, the rest as 其他.
export function shareChart(rows: InstitutionRow[]): Chart {
  const lent = rows.filter((r) => Number(r.lent) > 0).sort((a, b) => Number(b.lent) - Number(a.lent));
  if (!lent.length) return { svg: null, description: "所选时段内暂无放款。" };
  const total = lent.reduce((s, r) => s + Number(r.lent), 0);
  const top = lent.slice(0, 7).map((r) => ({ name: r.name, value: Number(r.lent) }));
  const rest = lent.slice(7).reduce((s, r) => s + Number(r.lent), 0);
  const data = rest > 0 ? [...top, { name: "其他机构", value: rest }] : top;
  const first = lent[0];
  const description = `所选时段共放款 ${formatWan(String(Math.round(total * 100) / 100))}万元，${first.name}最多（${formatWan(first.lent)}万元，占${Math.round((Number(first.lent) / total) * 100)}%）。`;
  const svg = render(
    {
      legend: { orient: "vertical", right: 8, top: "middle", type: "plain" },
      series: [{ type: "pie", radius: ["35%", "70%"], center: ["32%", "50%"], label: { formatter: "{d}%" }, data }],
    },
    640,
    320,
  );
  return { svg, description };
}

export function districtChart(rows: DistrictRow[]): Chart {
  const withData = rows.filter((r) => r.applications > 0 || r.demands > 0);
  if (!withData.length) return { svg: null, description: "所选时段内各区县暂无申请和需求。" };
  const most = withData.reduce((best, r) => (r.applications > best.applications ? r : best), withData[0]);
  const description = `申请最多的区县是${most.label}（${most.applications}笔，对接成功${most.matches}笔）。`;
  const svg = render({
    legend: { top: 0, data: ["申请笔数", "对接成功笔数"] },
    grid: { left: 48, right: 16, top: 40, bottom: 56 },
    xAxis: { type: "category", data: rows.map((r) => r.label.replace("回族自治县", "县")), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: "申请笔数", type: "bar", data: rows.map((r) => r.applications), barMaxWidth: 24 },
      { name: "对接成功笔数", type: "bar", data: rows.map((r) => r.matches), barMaxWidth: 24 },
    ],
  });
  return { svg, description };
}
