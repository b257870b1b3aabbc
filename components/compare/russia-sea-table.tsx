import Link from "next/link";

import { Provenance } from "@/components/data/provenance";
import { citationOf } from "@/lib/data/sources";
import type { IndicatorComparison, Table3Evidence, Table3Row, Verdict } from "@/lib/compare/russia-vs-sea";
import { formatValue } from "@/lib/format";

// Thesis Table 3 as a table on wide screens and as stacked cards on phones. The explicit ARIA
// roles keep it a table for assistive technology when the phone layout changes its display.

const verdicts: Record<Verdict, { label: string; icon: string; className: string }> = {
  same: { label: "Same", icon: "=", className: "bg-emerald-50 text-emerald-900 ring-emerald-300" },
  partly: { label: "Partly the same", icon: "≈", className: "bg-amber-50 text-amber-900 ring-amber-300" },
  differs: { label: "Differs", icon: "≠", className: "bg-red-50 text-red-900 ring-red-300" },
  not_compared: { label: "Not compared", icon: "–", className: "bg-slate-100 text-slate-700 ring-slate-300" },
};

const link =
  "font-medium text-brand-700 underline decoration-brand-600/40 underline-offset-2 hover:decoration-brand-700";
const phoneLabel = "mb-1 block text-xs font-semibold tracking-wide text-slate-600 uppercase md:hidden";

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const v = verdicts[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-sm font-semibold ring-1 ring-inset ${v.className}`}
      data-verdict={verdict}
    >
      <span aria-hidden="true">{v.icon}</span>
      {v.label}
    </span>
  );
}

function EvidenceItems({ items, label }: { items: Table3Evidence[]; label: string }) {
  if (items.length === 0) return <p className="mt-2 text-xs text-slate-600">No evidence items in the data set.</p>;
  const shown = items.slice(0, 2);
  const more = items.slice(2);
  const item = (e: Table3Evidence) => (
    <li key={e.id} className="text-sm text-slate-800">
      <span className="mr-1 inline-block rounded bg-slate-100 px-1 text-xs font-medium text-slate-700">
        {e.scope} {e.year}
      </span>
      {e.statement}
      <span className="block text-xs text-slate-600">
        {e.yearNote ? `${e.yearNote} · ` : ""}Source: {citationOf(e.source, e.locator)}
      </span>
      <Provenance text={[e.source, e.locator].filter(Boolean).join("; ")} />
    </li>
  );
  return (
    <div className="mt-2">
      <ul className="space-y-1.5">{shown.map(item)}</ul>
      {more.length > 0 ? (
        <details className="mt-1">
          <summary className="text-brand-700 cursor-pointer text-xs font-medium">
            {more.length} more evidence item{more.length === 1 ? "" : "s"} ({label})
          </summary>
          <ul className="mt-1 space-y-1.5">{more.map(item)}</ul>
        </details>
      ) : null}
    </div>
  );
}

const positionWords: Record<IndicatorComparison["position"], string> = {
  inside: "inside the Southeast Asian range",
  above: "above every Southeast Asian market",
  below: "below every Southeast Asian market",
  no_data: "not compared (a gap)",
};

function RussiaIndicators({ rows }: { rows: IndicatorComparison[] }) {
  if (rows.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {rows.map((c) => (
        <li key={c.indicator.key} data-indicator={c.indicator.key}>
          <span className="text-slate-700">{c.indicator.name}:</span>{" "}
          {c.russia ? (
            <span className="font-medium tabular-nums">
              {formatValue(c.russia.value, c.indicator.decimals)}{" "}
              <span className="font-normal text-slate-600">
                {c.indicator.unit} ({c.russia.year})
              </span>
            </span>
          ) : (
            <span className="text-amber-900">data gap</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function SeaIndicators({ rows, names }: { rows: IndicatorComparison[]; names: Record<string, string> }) {
  if (rows.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {rows.map((c) => (
        <li key={c.indicator.key} data-indicator={c.indicator.key}>
          <span className="text-slate-700">{c.indicator.name}:</span>{" "}
          {c.sea ? (
            <span className="tabular-nums">
              <span className="font-medium">
                {formatValue(c.sea.min, c.indicator.decimals)} to {formatValue(c.sea.max, c.indicator.decimals)}
              </span>{" "}
              <span className="text-slate-600">
                {c.indicator.unit}, mean {formatValue(c.sea.mean, c.indicator.decimals)} (
                {c.sea.years[0] === c.sea.years[1] ? c.sea.years[0] : `${c.sea.years[0]}-${c.sea.years[1]}`};{" "}
                {c.sea.count} markets, lowest {names[c.sea.minMarket] ?? c.sea.minMarket}, highest{" "}
                {names[c.sea.maxMarket] ?? c.sea.maxMarket})
              </span>
            </span>
          ) : (
            <span className="text-amber-900">data gap</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Sources({ rows }: { rows: IndicatorComparison[] }) {
  const sources = [
    ...new Set(rows.flatMap((c) => [...(c.russia ? [c.russia.source] : []), ...(c.sea?.sources ?? [])])),
  ];
  if (sources.length === 0) return null;
  return (
    <details className="mt-2 text-xs text-slate-600">
      <summary className="text-brand-700 cursor-pointer font-medium">
        Sources of these values ({sources.length})
      </summary>
      <ul className="mt-1 list-inside list-disc space-y-0.5">
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </details>
  );
}

export function RussiaSeaTable({ rows, names }: { rows: Table3Row[]; names: Record<string, string> }) {
  return (
    <table role="table" className="block w-full text-left text-sm md:table md:table-fixed">
      <caption className="sr-only">
        Russia against Southeast Asia on the framework, after the thesis&apos;s Table 3: Russia, Southeast Asia, and
        whether they are the same
      </caption>
      <colgroup>
        <col className="md:w-[14%]" />
        <col className="md:w-[31%]" />
        <col className="md:w-[31%]" />
        <col className="md:w-[24%]" />
      </colgroup>
      <thead role="rowgroup" className="max-md:sr-only">
        <tr role="row" className="border-b border-slate-300 text-xs tracking-wide text-slate-600 uppercase">
          <th role="columnheader" scope="col" className="px-3 py-2">
            Framework element
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Russia
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Southeast Asia
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Same or different
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup" className="block md:table-row-group">
        {rows.map((row) => (
          <tr
            key={row.key}
            role="row"
            data-row={row.key}
            className="mb-4 block rounded-lg border border-slate-200 bg-white shadow-sm md:mb-0 md:table-row md:rounded-none md:border-0 md:border-b md:shadow-none"
          >
            <th
              role="rowheader"
              scope="row"
              className="block border-b border-slate-100 px-3 py-2 align-top md:table-cell md:border-0 md:py-3"
            >
              <Link href={`/framework#${row.anchor}`} className={`${link} text-base md:text-sm`}>
                {row.name}
              </Link>
            </th>
            <td role="cell" className="block px-3 py-2 align-top md:table-cell md:py-3">
              <span className={phoneLabel} aria-hidden="true">
                Russia
              </span>
              <RussiaIndicators rows={row.indicators} />
              {row.assessments.map((a) =>
                a.russia ? (
                  <p key={a.factor} className="mt-2 text-sm">
                    <span className="font-medium">{a.factorName}</span> rated {a.russia.value} of 5 ({a.russia.caseName}
                    ): {a.russia.reason}
                  </p>
                ) : null,
              )}
              {row.kind === "criteria" ? (
                <EvidenceItems items={row.russia.evidence} label="Russia" />
              ) : (
                <ObservedList
                  items={row.russia.observed}
                  anchorPrefix={row.kind === "entry_mode" ? "mode" : "strategy"}
                />
              )}
            </td>
            <td
              role="cell"
              className="block border-t border-slate-100 px-3 py-2 align-top md:table-cell md:border-0 md:py-3"
            >
              <span className={phoneLabel} aria-hidden="true">
                Southeast Asia
              </span>
              <SeaIndicators rows={row.indicators} names={names} />
              {row.assessments.map((a) =>
                a.sea ? (
                  <p key={a.factor} className="mt-2 text-sm">
                    <span className="font-medium">{a.factorName}</span> rated {a.sea.value} of 5 ({a.sea.caseName}):{" "}
                    {a.sea.reason}
                  </p>
                ) : null,
              )}
              {row.kind === "criteria" ? (
                <EvidenceItems items={row.sea.evidence} label="Southeast Asia" />
              ) : (
                <ObservedList items={row.sea.observed} anchorPrefix={row.kind === "entry_mode" ? "mode" : "strategy"} />
              )}
            </td>
            <td
              role="cell"
              className="block border-t border-slate-100 px-3 py-2 align-top md:table-cell md:border-0 md:py-3"
            >
              <span className={phoneLabel} aria-hidden="true">
                Same or different
              </span>
              <VerdictBadge verdict={row.verdict} />
              <VerdictDetail row={row} />
              <Sources rows={row.indicators} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObservedList({ items, anchorPrefix }: { items: Table3Row["russia"]["observed"]; anchorPrefix: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">None recorded in the case evidence.</p>;
  return (
    <ul className="space-y-2">
      {items.map((t) => (
        <li key={t.key} className="text-sm">
          <Link href={`/framework#${anchorPrefix}-${t.key}`} className={link}>
            {t.name}
          </Link>
          <EvidenceItems items={t.evidence} label={t.name} />
        </li>
      ))}
    </ul>
  );
}

function VerdictDetail({ row }: { row: Table3Row }) {
  if (row.sets) {
    const list = (names: string[]) => (names.length > 0 ? names.join(", ") : "none");
    return (
      <dl className="mt-2 space-y-1 text-sm text-slate-800">
        <div>
          <dt className="inline font-medium">In both: </dt>
          <dd className="inline">{list(row.sets.both)}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Only in Russia: </dt>
          <dd className="inline">{list(row.sets.russiaOnly)}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Only in Southeast Asia: </dt>
          <dd className="inline">{list(row.sets.seaOnly)}</dd>
        </div>
      </dl>
    );
  }
  if (row.comparedCount === 0) {
    return <p className="mt-2 text-sm text-slate-700">No indicator or rating to compare; see the evidence.</p>;
  }
  return (
    <div className="mt-2 text-sm text-slate-800">
      <p>
        {row.similarCount} of {row.comparedCount} comparison{row.comparedCount === 1 ? "" : "s"} similar.
      </p>
      <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
        {row.indicators.map((c) => (
          <li key={c.indicator.key}>
            {c.indicator.name}: Russia {positionWords[c.position]}
          </li>
        ))}
        {row.assessments.map((a) => (
          <li key={a.factor}>
            {a.factorName}:{" "}
            {a.similar === null
              ? "not rated for both"
              : a.similar
                ? "ratings less than a point apart"
                : `ratings ${a.russia!.value} against ${a.sea!.value}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
