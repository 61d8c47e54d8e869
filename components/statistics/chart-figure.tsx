import { DataTable } from "./data-table";
import type { Chart } from "@/lib/statistics/charts";

interface Props {
  id: string;
  title: string;
  chart: Chart;
  columns: string[];
  rows: (string | number)[][];
}

// A server-drawn chart with its sentence and its numbers as a table beside it (below it on a phone).
// The drawing is decorative for assistive technology: the sentence and the table carry the content.
export function ChartFigure({ id, title, chart, columns, rows }: Props) {
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption id={`${id}-title`} className="text-lg font-semibold text-slate-900">{title}</figcaption>
      <p className="mt-1 leading-7 text-slate-700">{chart.description}</p>
      <div className="mt-3 grid gap-4 lg:grid-cols-[3fr_2fr]">
        {chart.svg ? (
          // SVG drawn on the server by ECharts from our own numbers, text escaped
          <div aria-hidden="true" className="overflow-hidden [&>svg]:h-auto [&>svg]:w-full" data-chart={id} dangerouslySetInnerHTML={{ __html: chart.svg }} />
        ) : (
          <p className="rounded bg-slate-50 p-4 text-slate-700">暂无可绘制的数据</p>
        )}
        <DataTable caption={`${title}数据表`} columns={columns} rows={rows} rowHeaders />
      </div>
    </figure>
  );
}
