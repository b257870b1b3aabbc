import { useLocale, useTranslations } from "next-intl";

import type { Scenario } from "@/lib/contracts/scenarios";
import { formattersFor } from "@/lib/format";
import { FIRM_FACTOR_KEYS } from "@/lib/scoring/fit/factors";
import { weightPreset } from "@/lib/workspace/weight-presets";

import { useMethodLabels } from "./format";

// What the user chose: markets, method and options, weights (with the AHP consistency when the
// weights came from comparisons), firm profile and Monte Carlo settings.

export function ScenarioInputsView({
  scenario,
  factorNames,
  presetName,
}: {
  scenario: Scenario;
  factorNames: Record<string, string>;
  /** The weight preset's name in the reader's language (the data's English when not given). */
  presetName?: string;
}) {
  const t = useTranslations("scenarios.inputs");
  const { methodLabel, missingLabel } = useMethodLabels();
  const { formatNumber, formatPercent } = formattersFor(useLocale());
  const { inputs, results } = scenario;
  const labels = results.labels;
  const groupShares = new Map<string, number>();
  for (const c of results.problem.criteria) {
    if (c.group) groupShares.set(c.group, (groupShares.get(c.group) ?? 0) + (results.ranking.weights[c.id] ?? 0));
  }
  const ahp = results.ahp;
  const preset = inputs.state.weightPreset ? weightPreset(inputs.state.weightPreset) : undefined;
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-slate-600">{t("markets", { count: inputs.state.markets.length })}</dt>
      <dd>{inputs.state.markets.map((iso3) => labels.markets[iso3] ?? iso3).join(t("listSeparator"))}</dd>
      <dt className="font-medium text-slate-600">{t("method")}</dt>
      <dd>
        {t("methodLine", {
          method: methodLabel(results.ranking.method, results.ranking.normalization),
          missing: missingLabel(inputs.state.missing),
        })}
      </dd>
      <dt className="font-medium text-slate-600">{t("weights")}</dt>
      <dd>
        <p className="mb-1 text-slate-700" data-testid="scenario-weight-preset">
          {preset ? t("preset", { name: presetName ?? preset.name, record: preset.record }) : t("noPreset")}
        </p>
        <ul className="space-y-1">
          {[...groupShares].map(([key, share]) => (
            <li key={key}>
              <span className="font-medium">{labels.groups[key] ?? key}</span> {formatPercent(share)}
              <span className="text-slate-600">
                {" "}
                (
                {results.problem.criteria
                  .filter((c) => c.group === key && (results.ranking.weights[c.id] ?? 0) > 0)
                  .map((c) => `${labels.criteria[c.id] ?? c.id} ${formatPercent(results.ranking.weights[c.id] ?? 0)}`)
                  .join("; ")}
                )
              </span>
            </li>
          ))}
        </ul>
        {ahp?.groups ? (
          <p className="mt-1 text-slate-700">
            {ahp.groups.consistent
              ? t("ahpConsistent", { cr: formatNumber(ahp.groups.cr, 3) })
              : t("ahpInconsistent", { cr: formatNumber(ahp.groups.cr, 3) })}
          </p>
        ) : null}
      </dd>
      {Object.keys(inputs.state.assessments).length > 0 ? (
        <>
          <dt className="font-medium text-slate-600">{t("assessments")}</dt>
          <dd>
            {Object.entries(inputs.state.assessments)
              .flatMap(([iso3, byKey]) =>
                Object.entries(byKey).map(([key, v]) =>
                  t("assessment", {
                    market: labels.markets[iso3] ?? iso3,
                    criterion: labels.criteria[key] ?? key,
                    value: String(v),
                  }),
                ),
              )
              .join(t("itemSeparator"))}
          </dd>
        </>
      ) : null}
      <dt className="font-medium text-slate-600">{t("firm")}</dt>
      <dd>
        {inputs.firmProfile ? (
          <ul className="grid gap-x-4 sm:grid-cols-2">
            {FIRM_FACTOR_KEYS.map((key) => (
              <li key={key}>
                {t.rich("firmValue", {
                  factor: factorNames[key] ?? key,
                  value: String(inputs.firmProfile?.[key]),
                  n: (chunks) => <span className="tabular-nums">{chunks}</span>,
                })}
              </li>
            ))}
          </ul>
        ) : (
          t("noFirm")
        )}
      </dd>
      <dt className="font-medium text-slate-600">{t("monteCarlo")}</dt>
      <dd>
        {t("monteCarloLine", {
          samples: formatNumber(inputs.monteCarlo.samples, 0),
          seed: String(inputs.monteCarlo.seed),
          concentration: formatNumber(inputs.monteCarlo.concentration, 2),
        })}
      </dd>
    </dl>
  );
}
