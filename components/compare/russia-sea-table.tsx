import { getLocale, getTranslations } from "next-intl/server";

import { Provenance } from "@/components/data/provenance";
import type { IndicatorComparison, Table3Evidence, Table3Row, Verdict } from "@/lib/compare/russia-vs-sea";
import { citationOf } from "@/lib/data/sources";
import { formattersFor } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

// Thesis Table 3 as a table on wide screens and as stacked cards on phones. The explicit ARIA
// roles keep it a table for assistive technology when the phone layout changes its display.

const verdicts: Record<Verdict, { icon: string; className: string }> = {
  same: { icon: "=", className: "bg-emerald-50 text-emerald-900 ring-emerald-300" },
  partly: { icon: "≈", className: "bg-amber-50 text-amber-900 ring-amber-300" },
  differs: { icon: "≠", className: "bg-red-50 text-red-900 ring-red-300" },
  not_compared: { icon: "–", className: "bg-slate-100 text-slate-700 ring-slate-300" },
};

/** The list separator of the reader's language. */
const joinList = (names: readonly string[], locale: string) => names.join(locale === "zh" ? "、" : ", ");

const link =
  "font-medium text-brand-700 underline decoration-brand-600/40 underline-offset-2 hover:decoration-brand-700";
const phoneLabel = "mb-1 block text-xs font-semibold tracking-wide text-slate-600 uppercase md:hidden";

export async function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = await getTranslations("compare");
  const v = verdicts[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-sm font-semibold ring-1 ring-inset ${v.className}`}
      data-verdict={verdict}
    >
      <span aria-hidden="true">{v.icon}</span>
      {t(`russiaSea.verdict.${verdict}`)}
    </span>
  );
}

async function EvidenceItems({ items, label }: { items: Table3Evidence[]; label: string }) {
  const t = await getTranslations("compare");
  if (items.length === 0) return <p className="mt-2 text-xs text-slate-600">{t("russiaSea.noEvidence")}</p>;
  const shown = items.slice(0, 2);
  const more = items.slice(2);
  const item = (e: Table3Evidence) => (
    <li key={e.id} className="text-sm text-slate-800">
      <span className="mr-1 inline-block rounded bg-slate-100 px-1 text-xs font-medium text-slate-700">
        {e.scope} {e.year}
      </span>
      {e.statement}
      <span className="block text-xs text-slate-600">
        {e.yearNote ? `${e.yearNote} · ` : ""}
        {t("russiaSea.source", { source: citationOf(e.source, e.locator) })}
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
            {t("russiaSea.moreEvidence", { count: more.length, label })}
          </summary>
          <ul className="mt-1 space-y-1.5">{more.map(item)}</ul>
        </details>
      ) : null}
    </div>
  );
}

async function RussiaIndicators({ rows }: { rows: IndicatorComparison[] }) {
  if (rows.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const { formatValue } = formattersFor(locale);
  return (
    <ul className="space-y-1 text-sm">
      {rows.map((c) => (
        <li key={c.indicator.key} data-indicator={c.indicator.key}>
          <span className="text-slate-700">{t("russiaSea.label", { name: c.indicator.name })}</span>{" "}
          {c.russia ? (
            <span className="font-medium tabular-nums">
              {formatValue(c.russia.value, c.indicator.decimals)}{" "}
              <span className="font-normal text-slate-600">
                {c.indicator.unit} ({c.russia.year})
              </span>
            </span>
          ) : (
            <span className="text-amber-900">{t("russiaSea.dataGap")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

async function SeaIndicators({ rows, names }: { rows: IndicatorComparison[]; names: Record<string, string> }) {
  if (rows.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const { formatValue } = formattersFor(locale);
  return (
    <ul className="space-y-1 text-sm">
      {rows.map((c) => (
        <li key={c.indicator.key} data-indicator={c.indicator.key}>
          <span className="text-slate-700">{t("russiaSea.label", { name: c.indicator.name })}</span>{" "}
          {c.sea ? (
            <span className="tabular-nums">
              <span className="font-medium">
                {t("russiaSea.range", {
                  min: formatValue(c.sea.min, c.indicator.decimals),
                  max: formatValue(c.sea.max, c.indicator.decimals),
                })}
              </span>{" "}
              <span className="text-slate-600">
                {t("russiaSea.rangeDetail", {
                  unit: c.indicator.unit,
                  mean: formatValue(c.sea.mean, c.indicator.decimals),
                  years:
                    c.sea.years[0] === c.sea.years[1] ? String(c.sea.years[0]) : `${c.sea.years[0]}-${c.sea.years[1]}`,
                  count: c.sea.count,
                  lowest: names[c.sea.minMarket] ?? c.sea.minMarket,
                  highest: names[c.sea.maxMarket] ?? c.sea.maxMarket,
                })}
              </span>
            </span>
          ) : (
            <span className="text-amber-900">{t("russiaSea.dataGap")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

async function Sources({ rows }: { rows: IndicatorComparison[] }) {
  const t = await getTranslations("compare");
  const sources = [
    ...new Set(rows.flatMap((c) => [...(c.russia ? [c.russia.source] : []), ...(c.sea?.sources ?? [])])),
  ];
  if (sources.length === 0) return null;
  return (
    <details className="mt-2 text-xs text-slate-600">
      <summary className="text-brand-700 cursor-pointer font-medium">
        {t("russiaSea.sources", { count: sources.length })}
      </summary>
      <ul className="mt-1 list-inside list-disc space-y-0.5">
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </details>
  );
}

export async function RussiaSeaTable({ rows, names }: { rows: Table3Row[]; names: Record<string, string> }) {
  const t = await getTranslations("compare");
  // The two rows of observed entry modes and strategies are named by the pure module in English.
  const rowName = (row: Table3Row) =>
    row.kind === "entry_mode"
      ? t("russiaSea.entryModesObserved")
      : row.kind === "strategy"
        ? t("russiaSea.strategiesObserved")
        : row.name;
  return (
    <table role="table" className="block w-full text-left text-sm md:table md:table-fixed">
      <caption className="sr-only">{t("russiaSea.caption")}</caption>
      <colgroup>
        <col className="md:w-[14%]" />
        <col className="md:w-[31%]" />
        <col className="md:w-[31%]" />
        <col className="md:w-[24%]" />
      </colgroup>
      <thead role="rowgroup" className="max-md:sr-only">
        <tr role="row" className="border-b border-slate-300 text-xs tracking-wide text-slate-600 uppercase">
          <th role="columnheader" scope="col" className="px-3 py-2">
            {t("russiaSea.element")}
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            {t("russiaSea.russia")}
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            {t("russiaSea.sea")}
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            {t("russiaSea.sameOrDifferent")}
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
                {rowName(row)}
              </Link>
            </th>
            <td role="cell" className="block px-3 py-2 align-top md:table-cell md:py-3">
              <span className={phoneLabel} aria-hidden="true">
                {t("russiaSea.russia")}
              </span>
              <RussiaIndicators rows={row.indicators} />
              {row.assessments.map((a) =>
                a.russia ? (
                  <p key={a.factor} className="mt-2 text-sm">
                    {t.rich("russiaSea.rated", {
                      b: (chunks) => <span className="font-medium">{chunks}</span>,
                      factor: a.factorName,
                      value: a.russia.value,
                      caseName: a.russia.caseName,
                      reason: a.russia.reason ?? "",
                    })}
                  </p>
                ) : null,
              )}
              {row.kind === "criteria" ? (
                <EvidenceItems items={row.russia.evidence} label={t("russiaSea.russia")} />
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
                {t("russiaSea.sea")}
              </span>
              <SeaIndicators rows={row.indicators} names={names} />
              {row.assessments.map((a) =>
                a.sea ? (
                  <p key={a.factor} className="mt-2 text-sm">
                    {t.rich("russiaSea.rated", {
                      b: (chunks) => <span className="font-medium">{chunks}</span>,
                      factor: a.factorName,
                      value: a.sea.value,
                      caseName: a.sea.caseName,
                      reason: a.sea.reason ?? "",
                    })}
                  </p>
                ) : null,
              )}
              {row.kind === "criteria" ? (
                <EvidenceItems items={row.sea.evidence} label={t("russiaSea.sea")} />
              ) : (
                <ObservedList items={row.sea.observed} anchorPrefix={row.kind === "entry_mode" ? "mode" : "strategy"} />
              )}
            </td>
            <td
              role="cell"
              className="block border-t border-slate-100 px-3 py-2 align-top md:table-cell md:border-0 md:py-3"
            >
              <span className={phoneLabel} aria-hidden="true">
                {t("russiaSea.sameOrDifferent")}
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

async function ObservedList({ items, anchorPrefix }: { items: Table3Row["russia"]["observed"]; anchorPrefix: string }) {
  const t = await getTranslations("compare");
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("russiaSea.noneObserved")}</p>;
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

async function VerdictDetail({ row }: { row: Table3Row }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  if (row.sets) {
    const list = (names: string[]) => (names.length > 0 ? joinList(names, locale) : t("russiaSea.none"));
    return (
      <dl className="mt-2 space-y-1 text-sm text-slate-800">
        <div>
          <dt className="inline font-medium">{t("russiaSea.inBoth")} </dt>
          <dd className="inline">{list(row.sets.both)}</dd>
        </div>
        <div>
          <dt className="inline font-medium">{t("russiaSea.onlyRussia")} </dt>
          <dd className="inline">{list(row.sets.russiaOnly)}</dd>
        </div>
        <div>
          <dt className="inline font-medium">{t("russiaSea.onlySea")} </dt>
          <dd className="inline">{list(row.sets.seaOnly)}</dd>
        </div>
      </dl>
    );
  }
  if (row.comparedCount === 0) {
    return <p className="mt-2 text-sm text-slate-700">{t("russiaSea.nothingToCompare")}</p>;
  }
  return (
    <div className="mt-2 text-sm text-slate-800">
      <p>{t("russiaSea.similarCount", { similar: row.similarCount, count: row.comparedCount })}</p>
      <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
        {row.indicators.map((c) => (
          <li key={c.indicator.key}>{t(`russiaSea.position.${c.position}`, { name: c.indicator.name })}</li>
        ))}
        {row.assessments.map((a) => (
          <li key={a.factor}>
            {a.similar === null
              ? t("russiaSea.notRatedBoth", { name: a.factorName })
              : a.similar
                ? t("russiaSea.ratingsClose", { name: a.factorName })
                : t("russiaSea.ratingsApart", { name: a.factorName, russia: a.russia!.value, sea: a.sea!.value })}
          </li>
        ))}
      </ul>
    </div>
  );
}
