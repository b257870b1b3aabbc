import type { ReactNode } from "react";

import type { Cell, TableBlock } from "@/lib/reports/document";

// Small building blocks of the report page: a section with its heading, a data table, a list.

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

function CellContent({ cell }: { cell: Cell }) {
  if (typeof cell === "string") return cell;
  return (
    <>
      {cell.text}
      <span className="block text-xs text-slate-600">{cell.detail}</span>
    </>
  );
}

/** A table of the report; a wide one scrolls sideways on a narrow screen and prints whole. */
export function ReportTable({ table }: { table: TableBlock }) {
  const { columns } = table;
  const caption = table.titleStyle === "caption" ? "mb-1 text-left text-sm font-semibold text-slate-900" : "sr-only";
  return (
    // Focusable and named, so a keyboard user can scroll a wide table at 375 px (axe: scrollable-region-focusable).
    <div className="my-3 overflow-x-auto" tabIndex={0} role="region" aria-label={table.title}>
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className={caption}>{table.title}</caption>
        <thead>
          <tr className="border-b border-slate-300 bg-slate-50 text-xs text-slate-700">
            {columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                className={`px-2 py-1.5 font-semibold ${c.align === "right" ? "text-right" : ""}`}
              >
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="align-top">
          {table.rows.map((row, r) => (
            <tr key={r} className="break-inside-avoid border-b border-slate-100">
              {row.map((cell, i) => {
                const align = columns[i]?.align === "right" ? "text-right tabular-nums" : "";
                return columns[i]?.rowHeader ? (
                  <th key={i} scope="row" className={`px-2 py-1.5 font-normal break-words ${align}`}>
                    <CellContent cell={cell} />
                  </th>
                ) : (
                  <td key={i} className={`px-2 py-1.5 break-words ${align}`}>
                    <CellContent cell={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportList({ items, ordered = false }: { items: ReactNode[]; ordered?: boolean }) {
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`my-2 space-y-1 pl-5 text-sm text-slate-800 ${ordered ? "list-decimal" : "list-disc"}`}>
      {items.map((item, i) => (
        <li key={i} className="break-words">
          {item}
        </li>
      ))}
    </List>
  );
}

export function SubHeading({ depth, children }: { depth: number; children: ReactNode }) {
  return depth === 0 ? (
    <h3 className="mt-5 mb-1 text-base font-semibold text-slate-900">{children}</h3>
  ) : (
    <h4 className="mt-4 mb-1 font-semibold text-slate-900">{children}</h4>
  );
}
