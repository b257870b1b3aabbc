import { dataText } from "@/lib/i18n/data-text";
import { workspaceScoringInput } from "@/lib/workspace/scoring-input";

import { reportWeights } from "./build-weights";
import { homeName, homeSentence } from "./build-home";
import type { ReportContext } from "./context";
import { methodNames, monteCarloSentence } from "./methodology";
import type { AssumptionsSection, RobustnessSection } from "./model";

// Robustness (stability intervals, rank probabilities, agreement between methods) and the
// assumptions behind the result (weights, method, AHP consistency, firm profile, assessments).

export function buildRobustness(context: ReportContext): RobustnessSection {
  const { results, criterionName, marketName } = context;
  const { robustness, problem, ranking } = results;
  const groupOf = new Map(problem.criteria.map((c) => [c.id, c.group ?? ""]));
  const chosen = ranking.method === "promethee2" ? "promethee2" : `${ranking.method}/${ranking.normalization}`;
  const agreement = robustness.methodAgreement;
  return {
    leader: { iso3: robustness.leader, name: marketName(robustness.leader) },
    smallestChange: robustness.smallestChange.sentence,
    // The heaviest weights first: they matter most to a reader checking robustness.
    stabilityExact: robustness.stabilityExact,
    stability: Object.entries(robustness.stability)
      .sort(([, a], [, b]) => b.weight - a.weight)
      .map(([key, s]) => ({
        criterion: criterionName(key),
        group: context.groupName(groupOf.get(key) ?? ""),
        weight: s.weight,
        low: s.low,
        high: s.high,
        lowBounded: s.lowBounded,
        highBounded: s.highBounded,
        lowChallenger: s.lowChallenger ? marketName(s.lowChallenger) : null,
        highChallenger: s.highChallenger ? marketName(s.highChallenger) : null,
      })),
    rankProbabilities: ranking.ranking.map((r) => ({
      iso3: r.id,
      name: marketName(r.id),
      probabilities: robustness.rankProbabilities[r.id] ?? [],
      meanRank: robustness.meanRank[r.id] ?? r.rank,
      low: robustness.rankInterval90[r.id]?.low ?? r.rank,
      high: robustness.rankInterval90[r.id]?.high ?? r.rank,
    })),
    monteCarlo: {
      ...robustness.monteCarlo,
      description: monteCarloSentence(context.t, context.locale, robustness.monteCarlo),
    },
    methodAgreement: {
      variants: agreement.variants.map((key) => {
        const ranks = agreement.rankings[key] ?? {};
        const rho = agreement.spearman.find((s) => (s.a === key && s.b === chosen) || (s.b === key && s.a === chosen));
        return {
          key,
          label: methodNames(context.t).variant(key),
          leaders: Object.entries(ranks)
            .filter(([, rank]) => rank === 1)
            .map(([iso3]) => marketName(iso3)),
          rhoWithChosen: key === chosen ? 1 : (rho?.rho ?? null),
        };
      }),
      sameLeader: agreement.sameLeader,
    },
  };
}

export function buildAssumptions(context: ReportContext): AssumptionsSection {
  const { scenario, results, criterionName, groupName, marketName, input } = context;
  const { problem, ranking } = results;
  const groupKeys = [...new Set(problem.criteria.map((c) => c.group ?? ""))];
  const groups = groupKeys.map((key) => {
    const members = problem.criteria.filter((c) => (c.group ?? "") === key);
    const weight = members.reduce((sum, c) => sum + (ranking.weights[c.id] ?? 0), 0);
    return {
      key,
      name: key ? groupName(key) : context.t("sentencesB.names.criteria"),
      weight,
      criteria: members.map((c) => {
        const global = ranking.weights[c.id] ?? 0;
        return { key: c.id, name: criterionName(c.id), weight: global, withinGroup: weight > 0 ? global / weight : 0 };
      }),
    };
  });
  const ahp: AssumptionsSection["ahp"] = [];
  if (results.ahp?.groups) {
    const a = results.ahp.groups;
    ahp.push({ scope: "Criteria groups", cr: a.cr, consistent: a.consistent, method: a.method });
  }
  for (const [key, a] of Object.entries(results.ahp?.indicators ?? {})) {
    ahp.push({ scope: `Indicators of ${groupName(key)}`, cr: a.cr, consistent: a.consistent, method: a.method });
  }
  const firmFactors = input.framework.factors.filter((f) => f.scope === "firm");
  const firm = scenario.inputs.firmProfile;
  const assessments = Object.entries(scenario.inputs.state.assessments ?? {}).flatMap(([iso3, byKey]) =>
    Object.entries(byKey).map(([key, value]) => ({ market: marketName(iso3), criterion: criterionName(key), value })),
  );
  return {
    home: homeSentence(input.scoringData.home, scenario.inputs.state.home, context.t, context.locale),
    homeName: homeName(input.scoringData.home, scenario.inputs.state.home, context.locale),
    method: methodNames(context.t).method(ranking.method),
    normalization: methodNames(context.t).normalization(ranking.normalization),
    missingPolicy: methodNames(context.t).missingPolicy(ranking.missing),
    coverage: coverageSentence(context),
    preferences: preferencesSentence(context),
    weights: reportWeights(context),
    groups,
    ahp,
    firmProfile: firm
      ? Object.entries(firm).map(([key, value]) => {
          const f = firmFactors.find((x) => x.key === key);
          return {
            key,
            name: dataText(context.locale, "factors", key, "name", f?.name ?? key),
            value,
            lowLabel: dataText(context.locale, "factors", key, "low_label", f?.lowLabel ?? "low"),
            highLabel: dataText(context.locale, "factors", key, "high_label", f?.highLabel ?? "high"),
          };
        })
      : null,
    assessments,
    monteCarlo: {
      ...scenario.inputs.monteCarlo,
      description: monteCarloSentence(context.t, context.locale, results.robustness.monteCarlo),
    },
  };
}

/** The coverage threshold, what it left out and what the criteria were normalized over. */
function coverageSentence(context: ReportContext): string {
  const { results, criterionName, t } = context;
  const threshold = results.problem.coverageThreshold ?? results.ranking.coverageThreshold;
  const current = workspaceScoringInput(context.input.scoringData, context.scenario.inputs.state);
  const list = (items: string[]) => items.join(context.locale === "zh" ? "、" : ", ");
  const left = [
    ...current.omitted.filter((o) => o.coverage !== undefined),
    ...(results.ranking.excludedCriteria ?? []),
  ].map((o) =>
    t("sentencesB.coverage.criterionShare", {
      criterion: criterionName(("id" in o ? o.id : o.key) as string),
      share: Math.round((o.coverage ?? 0) * 100),
    }),
  );
  const reference = results.ranking.reference;
  // The reference set's label is frozen in English ("all 120 markets with data in data set …"): reworded here.
  const all = reference?.label ? /^all (\d+) markets with data in data set (.+)$/.exec(reference.label) : null;
  const referenceName = all
    ? t("sentencesB.coverage.referenceAll", { count: all[1]!, version: all[2]! })
    : (reference?.label ?? t("sentencesB.coverage.referenceSet"));
  const over =
    reference?.set === "supplied"
      ? reference.fallback.length > 0
        ? t("sentencesB.coverage.overWithFallback", {
            reference: referenceName,
            criteria: list(reference.fallback.map((id) => criterionName(id))),
          })
        : t("sentencesB.coverage.over", { reference: referenceName })
      : t("sentencesB.coverage.overSelected");
  if (threshold === undefined) return t("sentencesB.coverage.noThreshold", { over });
  const share = Math.round(threshold * 100);
  return left.length > 0
    ? t("sentencesB.coverage.leftOut", { threshold: share, criteria: list(left), over })
    : t("sentencesB.coverage.noneLeftOut", { threshold: share, over });
}

/** PROMETHEE II's preference functions and thresholds, as the engine resolved them. */
function preferencesSentence(context: ReportContext): string | null {
  const { results, criterionName } = context;
  const preferences = results.ranking.preferences;
  if (results.ranking.method !== "promethee2" || !preferences) return null;
  const fmt = (x: number) => Number(x.toPrecision(3)).toLocaleString("en-US");
  return Object.entries(preferences)
    .map(([id, f]) => {
      const t = [
        "q" in f ? `q ${fmt(f.q)}` : null,
        "p" in f ? `p ${fmt(f.p)}` : null,
        "s" in f ? `s ${fmt(f.s)}` : null,
      ].filter(Boolean);
      return `${criterionName(id)}: ${f.type}${t.length > 0 ? ` (${t.join(", ")})` : ""}`;
    })
    .join("; ");
}
