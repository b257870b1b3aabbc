import type { ScoringData } from "@/lib/contracts/api";
import { IMPORT_COLUMNS } from "@/lib/imports/columns";
import { MAX_UPLOAD_LABEL } from "@/lib/imports/limits";

// The import format on the page itself (also in docs/import-format.md), with the market codes and
// indicator keys a file may use.

const parts = [
  { key: "value", title: "Every row: the value", note: "Required on every row, except note." },
  { key: "new_indicator", title: "To add an indicator", note: "On one row of the new indicator (the others may leave them empty); definition is optional." },
  { key: "new_market", title: "To add a market", note: "On one row of the new market; subregion is optional." },
] as const;

export function ImportFormat({ scoring }: { scoring: ScoringData }) {
  return (
    <div className="mt-2 space-y-4 text-sm text-slate-700">
      <p>
        CSV (UTF-8; comma, semicolon or tab between columns) or an Excel workbook (.xlsx; its first sheet is read), up to {MAX_UPLOAD_LABEL}. The
        first row names the columns, in any order. Rows are numbered as your spreadsheet shows them: the header is row 1. A file is imported
        whole or not at all. Text must not start with =, +, - or @ (a spreadsheet would run it as a formula).
      </p>
      {parts.map((part) => (
        <div key={part.key}>
          <h3 className="font-medium text-slate-900">{part.title}</h3>
          <p className="text-xs text-slate-600">{part.note}</p>
          <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            {IMPORT_COLUMNS.filter((c) => c.part === part.key).map((c) => (
              <div key={c.name} className="contents">
                <dt className="font-mono text-slate-900">{c.name}</dt>
                <dd>{c.description}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <details className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium text-slate-900">Market codes ({scoring.markets.length})</summary>
        <ul className="mt-2 grid gap-x-4 gap-y-0.5 sm:grid-cols-3">
          {scoring.markets.map((m) => (
            <li key={m.iso3}>
              <span className="font-mono text-slate-900">{m.iso3}</span> {m.name}
              {m.origin === "user" ? <span className="text-xs text-brand-700"> (yours)</span> : null}
            </li>
          ))}
        </ul>
      </details>
      <details className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium text-slate-900">Indicator keys ({scoring.indicators.length})</summary>
        {scoring.criteriaGroups.map((g) => {
          const indicators = scoring.indicators.filter((i) => i.criteriaGroup === g.key);
          return (
            <div key={g.key} className="mt-2">
              <h4 className="font-medium text-slate-900">
                {g.name} <span className="font-mono text-xs font-normal text-slate-600">criteria_group {g.key}</span>
              </h4>
              {indicators.length === 0 ? (
                <p className="text-xs text-slate-600">No indicator yet: no public data set measures it for every market; add your own assessment here.</p>
              ) : (
                <ul className="mt-0.5 space-y-0.5">
                  {indicators.map((i) => (
                    <li key={i.key}>
                      <span className="font-mono text-slate-900">{i.key}</span> {i.name} ({i.unit}, {i.direction === "benefit" ? "higher is better" : "lower is better"})
                      {i.origin === "user" ? <span className="text-xs text-brand-700"> (yours)</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </details>
    </div>
  );
}
