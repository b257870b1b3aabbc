import { useTranslations } from "next-intl";

import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ImportPreview, ImportProblem } from "@/lib/contracts/imports";

// The rows of an uploaded file as read, with every cell that has a problem highlighted and the
// row's problems beside it. All text is the user's and is rendered as text (React escapes it).

export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("data.preview");
  const byRow = new Map<number, ImportProblem[]>();
  for (const p of preview.problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const columns = preview.columns;
  return (
    <div className="mt-4">
      {/* Focusable so that keyboard users can scroll a long preview. */}
      <ScrollRegion label={t("label")} className="relative max-h-[28rem] overflow-auto rounded border border-slate-200">
        <table className="w-full min-w-[44rem] text-left text-xs">
          <caption className="sr-only">{t("caption", { file: preview.fileName })}</caption>
          <thead className="sticky top-0 bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1.5 text-right">
                {t("row")}
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className="px-2 py-1.5 font-mono font-medium">
                  {c}
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5">
                {t("problems")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {preview.rows.map((row) => {
              const problems = byRow.get(row.row) ?? [];
              const bad = new Set(problems.map((p) => p.column));
              return (
                <tr key={row.row} data-row={row.row} className={row.ok ? "" : "bg-red-50/40"}>
                  <th scope="row" className="px-2 py-1 text-right font-normal tabular-nums text-slate-600">
                    {row.row}
                  </th>
                  {columns.map((c) => (
                    <td
                      key={c}
                      data-column={c}
                      data-problem={bad.has(c) ? "true" : undefined}
                      className={`max-w-[16rem] truncate px-2 py-1 ${bad.has(c) ? "bg-red-100 font-medium text-red-900 ring-1 ring-inset ring-red-400" : ""}`}
                      title={row.cells[c]}
                    >
                      {bad.has(c) ? <span className="sr-only">{t("problemPrefix")}</span> : null}
                      {row.cells[c] ?? <span className={`italic ${bad.has(c) ? "" : "text-slate-500"}`}>{t("empty")}</span>}
                    </td>
                  ))}
                  <td className="min-w-[14rem] px-2 py-1 text-red-900">
                    {problems.length === 0 ? (
                      <span className="text-emerald-800">{t("ok")}</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {problems.map((p, i) => (
                          <li key={i}>{p.message}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {preview.rowsShown < preview.dataRows ? (
        <p className="mt-1 text-xs text-slate-600">
          {t("firstRows", { shown: preview.rowsShown, total: preview.dataRows })}
        </p>
      ) : null}
    </div>
  );
}

export function ProblemList({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("data.preview");
  if (preview.problemCount === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <h3 className="font-semibold">
        {t("problemsHeading", { count: preview.problemCount })}
      </h3>
      <p className="mt-1">{t("problemsLead")}</p>
      <ol tabIndex={0} className="mt-2 max-h-60 list-none space-y-1 overflow-auto" aria-label={t("problemsLabel")}>
        {preview.problems.map((p, i) => (
          <li key={i}>
            <span className="font-medium">
              {p.column
                ? t("whereColumn", { row: String(p.row), column: p.column })
                : t("where", { row: String(p.row) })}
            </span>{" "}
            {p.message}
          </li>
        ))}
      </ol>
      {preview.problems.length < preview.problemCount ? (
        <p className="mt-2">{t("more", { count: preview.problemCount - preview.problems.length })}</p>
      ) : null}
    </div>
  );
}
