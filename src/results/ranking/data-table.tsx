import '@/i18n/domains/results';
import { useT } from '@/i18n/language-context';

type DataTableProps = {
  caption: string;
  columns: readonly string[];
  /** Cells in column order; the first cell of a row is its header. */
  rows: readonly { key: string; cells: readonly string[] }[];
};

/** A chart's numbers as a table, folded away under "Show the numbers". */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const t = useT();
  return (
    <details className="results-chart__data">
      <summary>{t('results.ranking.showData')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
