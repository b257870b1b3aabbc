import { useTranslations } from "next-intl";

import type { ScoringData } from "@/lib/contracts/api";
import { IMPORT_COLUMNS, type ImportColumnName } from "@/lib/imports/columns";
import { MAX_UPLOAD_LABEL } from "@/lib/imports/limits";

// The import format on the page itself (also in docs/import-format.md), with the market codes and
// indicator keys a file may use. Names (markets, groups, indicators) come translated by the page.

export function ImportFormat({ scoring }: { scoring: ScoringData }) {
  const t = useTranslations("data.format");
  const parts = [
    { key: "value", title: t("valueTitle"), note: t("valueNote") },
    { key: "new_indicator", title: t("newIndicatorTitle"), note: t("newIndicatorNote") },
    { key: "new_market", title: t("newMarketTitle"), note: t("newMarketNote") },
  ] as const;
  const describe: Record<ImportColumnName, string> = {
    market: t("columns.market"),
    indicator: t("columns.indicator"),
    year: t("columns.year"),
    value: t("columns.value"),
    source: t("columns.source"),
    note: t("columns.note"),
    indicator_name: t("columns.indicatorName"),
    unit: t("columns.unit"),
    direction: t("columns.direction"),
    criteria_group: t("columns.criteriaGroup"),
    definition: t("columns.definition"),
    market_name: t("columns.marketName"),
    region: t("columns.region"),
    subregion: t("columns.subregion"),
  };
  return (
    <div className="mt-2 space-y-4 text-sm text-slate-700">
      <p>{t("intro", { limit: MAX_UPLOAD_LABEL })}</p>
      {parts.map((part) => (
        <div key={part.key}>
          <h3 className="font-medium text-slate-900">{part.title}</h3>
          <p className="text-xs text-slate-600">{part.note}</p>
          <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            {IMPORT_COLUMNS.filter((c) => c.part === part.key).map((c) => (
              <div key={c.name} className="contents">
                <dt className="font-mono text-slate-900">{c.name}</dt>
                <dd>{describe[c.name]}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <details className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium text-slate-900">{t("marketCodes", { count: scoring.markets.length })}</summary>
        <ul className="mt-2 grid gap-x-4 gap-y-0.5 sm:grid-cols-3">
          {scoring.markets.map((m) => (
            <li key={m.iso3}>
              <span className="font-mono text-slate-900">{m.iso3}</span> {m.name}
              {m.origin === "user" ? <span className="text-brand-700 text-xs">{t("yours")}</span> : null}
            </li>
          ))}
        </ul>
      </details>
      <details className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium text-slate-900">{t("indicatorKeys", { count: scoring.indicators.length })}</summary>
        {scoring.criteriaGroups.map((g) => {
          const indicators = scoring.indicators.filter((i) => i.criteriaGroup === g.key);
          return (
            <div key={g.key} className="mt-2">
              <h4 className="font-medium text-slate-900">
                {g.name} <span className="font-mono text-xs font-normal text-slate-600">{t("groupKey", { key: g.key })}</span>
              </h4>
              {indicators.length === 0 ? (
                <p className="text-xs text-slate-600">{t("noIndicator")}</p>
              ) : (
                <ul className="mt-0.5 space-y-0.5">
                  {indicators.map((i) => (
                    <li key={i.key}>
                      <span className="font-mono text-slate-900">{i.key}</span> {i.name}{" "}
                      {t("indicator", { unit: i.unit, direction: i.direction })}
                      {i.origin === "user" ? <span className="text-brand-700 text-xs">{t("yours")}</span> : null}
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
