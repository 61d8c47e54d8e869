// A plain figures table (rankings, statuses) in a scrollable region that a keyboard can reach.
interface Props {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
  rowHeaders?: boolean; // the first cell names the row
}

export function DataTable({ caption, columns, rows, rowHeaders = false }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, k) =>
                rowHeaders && k === 0 ? (
                  <th key={k} scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal text-slate-900">{v}</th>
                ) : (
                  <td key={k} className="whitespace-nowrap px-3 py-2 text-slate-900">{v}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
