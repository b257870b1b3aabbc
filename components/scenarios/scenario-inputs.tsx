import type { Scenario } from "@/lib/contracts/scenarios";
import { FIRM_FACTOR_KEYS } from "@/lib/scoring/fit/factors";
import { weightPreset } from "@/lib/workspace/weight-presets";

import { formatNumber, formatPercent, methodLabel, missingLabel } from "./format";

// What the user chose: markets, method and options, weights (with the AHP consistency when the
// weights came from comparisons), firm profile and Monte Carlo settings.

export function ScenarioInputsView({
  scenario,
  factorNames,
}: {
  scenario: Scenario;
  factorNames: Record<string, string>;
}) {
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
      <dt className="font-medium text-slate-600">Markets ({inputs.state.markets.length})</dt>
      <dd>{inputs.state.markets.map((iso3) => labels.markets[iso3] ?? iso3).join(", ")}</dd>
      <dt className="font-medium text-slate-600">Method</dt>
      <dd>
        {methodLabel(results.ranking.method, results.ranking.normalization)}; {missingLabel(inputs.state.missing)}
      </dd>
      <dt className="font-medium text-slate-600">Weights</dt>
      <dd>
        <p className="mb-1 text-slate-700" data-testid="scenario-weight-preset">
          {preset
            ? `Starting from the ${preset.name} weight preset (${preset.record}).`
            : "No weight preset named (saved before presets): the data set's default weights of its day."}
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
            Group weights from AHP pairwise comparisons, consistency ratio {formatNumber(ahp.groups.cr, 3)}{" "}
            {ahp.groups.consistent ? "(acceptable, ≤ 0.1)" : "(above Saaty's 0.1: revisit the judgements)"}.
          </p>
        ) : null}
      </dd>
      {Object.keys(inputs.state.assessments).length > 0 ? (
        <>
          <dt className="font-medium text-slate-600">Your assessments</dt>
          <dd>
            {Object.entries(inputs.state.assessments)
              .flatMap(([iso3, byKey]) =>
                Object.entries(byKey).map(
                  ([key, v]) => `${labels.markets[iso3] ?? iso3}: ${labels.criteria[key] ?? key} ${v}`,
                ),
              )
              .join("; ")}
          </dd>
        </>
      ) : null}
      <dt className="font-medium text-slate-600">Firm profile</dt>
      <dd>
        {inputs.firmProfile ? (
          <ul className="grid gap-x-4 sm:grid-cols-2">
            {FIRM_FACTOR_KEYS.map((key) => (
              <li key={key}>
                {factorNames[key] ?? key}: <span className="tabular-nums">{inputs.firmProfile?.[key]}</span> / 5
              </li>
            ))}
          </ul>
        ) : (
          "none saved"
        )}
      </dd>
      <dt className="font-medium text-slate-600">Monte Carlo</dt>
      <dd>
        {formatNumber(inputs.monteCarlo.samples, 0)} draws, seed {inputs.monteCarlo.seed}, concentration{" "}
        {inputs.monteCarlo.concentration}
      </dd>
    </dl>
  );
}
