import type { ReactNode } from "react";

// Small building blocks of the report page: a section with its heading, a plain data table, a list.

export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="report-section border-t border-slate-200 pt-6">
      <h2 id={`${id}-title`} className="text-brand-900 mb-3 text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}

export type ReportColumn = { title: string; align?: "left" | "right" };

export function ReportTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: ReportColumn[];
  rows: ReactNode[][];
}) {
  return (
    <div className="my-3 overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 bg-slate-50 text-xs text-slate-700">
            {columns.map((c) => (
              <th
                key={c.title}
                scope="col"
                className={`px-2 py-1.5 font-semibold ${c.align === "right" ? "text-right" : ""}`}
              >
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="align-top">
          {rows.map((row, r) => (
            <tr key={r} className="break-inside-avoid border-b border-slate-100">
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-2 py-1.5 font-normal break-words">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={i}
                    className={`px-2 py-1.5 break-words ${columns[i]?.align === "right" ? "text-right tabular-nums" : ""}`}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportList({ items }: { items: ReactNode[] }) {
  return (
    <ul className="my-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
      {items.map((item, i) => (
        <li key={i} className="break-words">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="mt-5 mb-1 text-base font-semibold text-slate-900">{children}</h3>;
}
