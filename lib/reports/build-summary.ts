import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

import { forAgainst } from "./build-for-against";
import { entryModesOf, ruleTypeLabel, shortlistEntry, smallestChangeText } from "./build-shortlist";
import type { ReportContext } from "./context";
import { confidenceLevel } from "./methodology";
import type {
  BoardSummary,
  Confidence,
  ExecutiveSummary,
  FitChoice,
  MatrixSection,
  RankingSection,
  ReportModel,
  ShortlistEntry,
  ShortlistSection,
  TieStatement,
} from "./model";
import { wordsFor, type Words } from "./words";

const wordsOf = (context: ReportContext): Words => wordsFor(context.input.locale ?? DEFAULT_LOCALE);
/** A criteria group's name in the report's language. */
const groupLabel = (w: Words, key: string, english: string) => w.data("criteria-groups", key, "name", english);
/** An entry mode's or a strategy's name in the report's language. */
export const modeLabel = (w: Words, key: string, english: string) => w.data("entry-modes", key, "name", english);
export const strategyLabel = (w: Words, key: string, english: string) => w.data("strategies", key, "name", english);

// The executive summary: the recommendation, how confident the robustness analysis makes it, and
// why the recommended market leads.

function buildConfidence(context: ReportContext): Confidence {
  const { robustness } = context.results;
  const leader = robustness.leader;
  const probabilityFirst = robustness.probabilityFirst[leader] ?? 0;
  const interval = robustness.rankInterval90[leader] ?? { low: 1, high: 1 };
  const variants = robustness.methodAgreement.variants;
  const agreeing = variants.filter((v) => robustness.methodAgreement.rankings[v]?.[leader] === 1).length;
  const level = confidenceLevel(
    probabilityFirst,
    robustness.methodAgreement.sameLeader,
    robustness.smallestChange.tied,
  );
  const { t, f } = wordsOf(context);
  const statement = t("sentencesA.summary.confidence", {
    level,
    name: context.marketName(leader),
    share: f.formatPercent(probabilityFirst, 0),
    samples: f.formatNumber(robustness.monteCarlo.samples, 0),
    varied: (robustness.monteCarlo.valuesVaried ?? 0) > 0 ? "yes" : "no",
    interval: interval.low === interval.high ? `${interval.low}` : `${interval.low}-${interval.high}`,
    agreeing,
    total: variants.length,
  });
  return {
    level,
    probabilityFirst,
    rankInterval90: interval,
    variantsAgreeing: agreeing,
    variantsTotal: variants.length,
    smallestChange: smallestChangeText(context),
    statement,
  };
}

function leadReasons(context: ReportContext, ranking: RankingSection): string[] {
  const [leader, runnerUp] = ranking.rows;
  if (!leader) return [];
  const { t, f, list } = wordsOf(context);
  if (!runnerUp) return [t("sentencesA.summary.onlyMarket", { name: leader.name })];
  const diffs = ranking.groups
    .map((g) => ({
      name: groupLabel(wordsOf(context), g.key, g.name),
      diff: (leader.groupContributions[g.key] ?? 0) - (runnerUp.groupContributions[g.key] ?? 0),
    }))
    .filter((d) => Math.abs(d.diff) >= 0.0005);
  const gains = diffs.filter((d) => d.diff > 0).sort((a, b) => b.diff - a.diff);
  const losses = diffs.filter((d) => d.diff < 0).sort((a, b) => a.diff - b.diff);
  const signed = (d: { name: string; diff: number }) =>
    `${d.name} (${d.diff > 0 ? "+" : "-"}${f.formatNumber(Math.abs(d.diff), 3)})`;
  const reasons = [
    t("sentencesA.summary.scoresAgainst", {
      leader: leader.name,
      score: leader.scoreDisplay,
      runnerScore: runnerUp.scoreDisplay,
      runnerUp: runnerUp.name,
    }),
  ];
  if (gains.length > 0) reasons.push(t("sentencesA.summary.gainsMost", { items: list(gains.slice(0, 2).map(signed)) }));
  if (losses.length > 0)
    reasons.push(
      t("sentencesA.summary.trails", { runnerUp: runnerUp.name, items: list(losses.slice(0, 2).map(signed)) }),
    );
  const best = context.results.ranking.ranking[0];
  if (best && best.coverage < 1)
    reasons.push(t("sentencesA.summary.coverage", { share: f.formatPercent(best.coverage, 0) }));
  return reasons;
}

export function buildSummary(
  context: ReportContext,
  ranking: RankingSection,
  entry: ReportModel["entry"],
): ExecutiveSummary {
  const [first, second] = ranking.rows;
  const leader = first!;
  const w = wordsOf(context);
  const modes = entry?.modes ?? [];
  const strategies = entry?.strategies ?? [];
  const pick = (o: { key: string; name: string; score: number; rank: number } | undefined) =>
    o ? { key: o.key, name: o.name, score: o.score, rank: o.rank } : null;
  return {
    market: {
      iso3: leader.iso3,
      name: leader.name,
      rank: leader.rank,
      score: leader.score,
      scoreDisplay: leader.scoreDisplay,
    },
    runnerUp: second
      ? { iso3: second.iso3, name: second.name, score: second.score, scoreDisplay: second.scoreDisplay }
      : null,
    entryMode: pick(modes[0]),
    entryModeRunnerUp: pick(modes[1]),
    strategies: strategies.filter((s, i) => i === 0 || s.score > 50).map((s) => pick(s)!),
    entryModeMissing: entry ? null : w.t("sentencesA.summary.noFirmProfile"),
    confidence: buildConfidence(context),
    reasons: leadReasons(context, ranking),
  };
}

// ---- Page 1 for a board (issue 11 §5) ----

/** Fit at or above this is a mode that fits (the fit scale's neutral point is 50). */
const FITS = 50;

/**
 * The cheapest reversible first step in a market: the entry mode of lowest commitment
 * (data/framework/entry-modes.csv, 1-5) among those that fit (score ≥ 50) and whose evidence is
 * not mostly against them; null when none qualifies. Low commitment first is the Uppsala model's
 * advice (Johanson & Vahlne 1977, cited by the framework for cross-border export).
 */
export function firstStep(context: ReportContext, entry: ShortlistEntry): FitChoice | null {
  const response = entryModesOf(context, entry.iso3);
  if (!response) return null;
  const commitment = new Map(context.input.framework.entryModes.map((m) => [m.key, m.commitment]));
  const profile = context.input.profiles.find((p) => p.market.iso3 === entry.iso3);
  const candidates = response.modes
    .filter((m) => m.score >= FITS && commitment.has(m.id))
    .filter((m) => {
      const stance = forAgainst(profile, m.id);
      return stance.against.length <= stance.for.length;
    })
    .sort((a, b) => commitment.get(a.id)! - commitment.get(b.id)! || a.rank - b.rank);
  const best = candidates[0];
  if (!best) return null;
  const english = context.input.framework.entryModes.find((m) => m.key === best.id)?.name ?? best.name ?? best.id;
  const name = modeLabel(wordsOf(context), best.id, english);
  return { key: best.id, name, score: best.score, rank: best.rank };
}

export function buildBoard(
  context: ReportContext,
  ranking: RankingSection,
  summary: ExecutiveSummary,
  shortlist: ShortlistSection,
  tie: TieStatement,
  matrix: MatrixSection,
): BoardSummary {
  // Page 1 is about the ranking's leader (and the markets tied with it), whichever short list the
  // user chose to set side by side.
  const entryOf = (iso3: string) =>
    shortlist.markets.find((m) => m.iso3 === iso3) ?? shortlistEntry(context, ranking, matrix, iso3) ?? undefined;
  const leader = entryOf(summary.market.iso3);
  const mode = leader?.entryMode ?? null;
  const strategy = leader?.strategy ?? null;
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const commitment = new Map(context.input.framework.entryModes.map((m) => [m.key, m.commitment]));
  const w = wordsOf(context);
  const { t, f } = w;

  // The recommendation: a course even when the markets are tied or the evidence faces the mode.
  const tiedEntries = tie.tied
    ? tie.markets.map((t) => entryOf(t.iso3)).filter((e): e is ShortlistEntry => e !== undefined)
    : [];
  let recommendation: string;
  if (!leader) recommendation = t("sentencesA.board.nothingToRecommend");
  else if (tie.tied && tiedEntries.length >= 2) {
    const steps = tiedEntries.map((e) => ({ entry: e, step: firstStep(context, e) }));
    const same = steps.every((s) => s.step && s.step.key === steps[0]!.step?.key);
    const stepText = same
      ? t("sentencesA.board.stepIn", {
          mode: lower(steps[0]!.step!.name),
          markets: w.list(tiedEntries.map((e) => e.name)),
        })
      : w.semicolons(
          steps.map((s) =>
            s.step
              ? t("sentencesA.board.stepIn", { mode: lower(s.step.name), markets: s.entry.name })
              : t("sentencesA.board.noStepIn", { market: s.entry.name }),
          ),
        );
    recommendation = t("sentencesA.board.staged", { markets: w.list(tiedEntries.map((e) => e.name)), steps: stepText });
  } else if (!mode) {
    recommendation =
      `${t("sentencesA.board.expandInto", { market: leader.name })} ${leader.entryModeMissing ?? ""}`.trim();
  } else {
    recommendation = strategy
      ? t("sentencesA.board.expandByWith", {
          market: leader.name,
          mode: lower(mode.name),
          strategy: lower(strategy.name),
        })
      : t("sentencesA.board.expandBy", { market: leader.name, mode: lower(mode.name) });
    const { for: pro, against } = leader.forAgainst;
    if (against.length > pro.length) {
      const step = firstStep(context, leader);
      recommendation +=
        " " +
        (step && step.key !== mode.key
          ? t("sentencesA.board.againstConsider", {
              against: against.length,
              pro: pro.length,
              step: lower(step.name),
              commitment: commitment.get(step.key) ?? 0,
              fit: f.formatNumber(step.score, 1),
            })
          : t("sentencesA.board.againstPilot", { against: against.length, pro: pro.length }));
    }
  }

  const mainReasons = threeReasons(w, ranking, summary, leader);

  const changeTheAnswer = [...(tie.tied ? [tie.statement] : []), ...tie.separators.slice(0, 3)];
  const entryModeTie = leader ? entryModeTieLine(w, leader) : null;
  if (entryModeTie) changeTheAnswer.push(entryModeTie);

  const mainRisks = (leader?.risks ?? []).slice(0, 3).map((r) => {
    const year = r.newestYear === null ? t("sentencesA.board.undated") : `${r.newestYear}`;
    return r.bearsOnMode && mode
      ? t("sentencesA.board.riskBears", { title: r.title, severity: r.severity, mode: lower(mode.name), year })
      : t("sentencesA.board.risk", { title: r.title, severity: r.severity, year });
  });
  if (leader && mainRisks.length === 0) {
    mainRisks.push(t("sentencesA.board.noRisks", { market: leader.name }));
  }

  return {
    recommendation,
    tie,
    entryModeTie,
    mainReasons,
    changeTheAnswer,
    mainRisks,
    freshness: leader ? freshness(w, leader, matrix) : t("sentencesA.board.noMarket"),
    nextSteps: leader ? nextSteps(context, w, leader, tie.tied ? tiedEntries : [leader]) : [],
  };
}

function threeReasons(
  w: Words,
  ranking: RankingSection,
  summary: ExecutiveSummary,
  leader: ShortlistEntry | undefined,
): string[] {
  const { t, f } = w;
  const reasons: string[] = [];
  const [first, second] = ranking.rows;
  if (first && second) {
    const gains = ranking.groups
      .map((g) => ({
        name: groupLabel(w, g.key, g.name),
        diff: (first.groupContributions[g.key] ?? 0) - (second.groupContributions[g.key] ?? 0),
      }))
      .filter((d) => d.diff >= 0.0005)
      .sort((a, b) => b.diff - a.diff)
      .slice(0, 2);
    const scores = {
      leader: first.name,
      score: first.scoreDisplay,
      runnerScore: second.scoreDisplay,
      runnerUp: second.name,
    };
    reasons.push(
      gains.length > 0
        ? t("sentencesA.board.scoresThanksTo", {
            ...scores,
            gains: w.list(gains.map((g) => `${g.name.toLowerCase()} (+${f.formatNumber(g.diff, 3)})`)),
          })
        : t("sentencesA.board.scores", scores),
    );
  } else if (first) reasons.push(t("sentencesA.summary.onlyMarket", { name: first.name }));
  const response = leader?.entryMode ? summary : null;
  if (response && leader?.entryMode) {
    const runner = leader.entryModeRunnerUp;
    reasons.push(
      runner
        ? t("sentencesA.board.modeFitsAgainst", {
            mode: leader.entryMode.name,
            fit: f.formatNumber(leader.entryMode.score, 1),
            runnerFit: f.formatNumber(runner.score, 1),
            runnerUp: runner.name.toLowerCase(),
          })
        : t("sentencesA.board.modeFits", {
            mode: leader.entryMode.name,
            fit: f.formatNumber(leader.entryMode.score, 1),
          }),
    );
  }
  const pro = leader?.forAgainst.for[0];
  if (pro)
    reasons.push(
      t("sentencesA.board.evidenceFor", { why: pro.why, source: pro.source.split(",")[0]!, year: `${pro.year}` }),
    );
  else if (leader?.strategy)
    reasons.push(
      t("sentencesA.board.strategyFits", {
        strategy: leader.strategy.name,
        fit: f.formatNumber(leader.strategy.score, 1),
      }),
    );
  return reasons.slice(0, 3);
}

function entryModeTieLine(w: Words, entry: ShortlistEntry): string | null {
  const { t, f } = w;
  const [a, b] = [entry.entryMode, entry.entryModeRunnerUp];
  if (!a || !b) return null;
  const gap = a.score - b.score;
  const scores = {
    aScore: f.formatNumber(a.score, 1),
    bScore: f.formatNumber(b.score, 1),
    b: b.name.toLowerCase(),
  };
  if (a.uncertainty === null) {
    return t("sentencesA.board.modeNoUncertainty", { ...scores, gap: f.formatNumber(gap, 1), a: a.name.toLowerCase() });
  }
  return gap <= a.uncertainty
    ? t("sentencesA.board.modeTied", { ...scores, a: a.name, error: f.formatNumber(a.uncertainty, 1) })
    : t("sentencesA.board.modeLeads", {
        a: a.name,
        b: b.name.toLowerCase(),
        gap: f.formatNumber(gap, 1),
        error: f.formatNumber(a.uncertainty, 1),
      });
}

function span(w: Words, years: number[]): string {
  if (years.length === 0) return w.t("sentencesA.board.noDatedItem");
  const low = Math.min(...years);
  const high = Math.max(...years);
  return low === high ? `${low}` : w.t("sentencesA.board.yearSpan", { low: `${low}`, high: `${high}` });
}

function freshness(w: Words, entry: ShortlistEntry, matrix: MatrixSection): string {
  const cells = Object.values(matrix.cells[entry.iso3] ?? {}).filter((c): c is NonNullable<typeof c> => c !== null);
  const dated = cells.filter((c) => c.year !== null).map((c) => c.year!);
  const evidence = [...entry.forAgainst.for, ...entry.forAgainst.against, ...entry.risks.flatMap((r) => r.evidence)]
    .map((e) => e.year)
    .filter((y) => y > 0);
  return w.t("sentencesA.board.freshness", {
    market: entry.name,
    span: span(w, dated),
    dated: dated.length,
    cells: cells.length,
    evidenceSpan: span(w, evidence),
  });
}

function nextSteps(context: ReportContext, w: Words, leader: ShortlistEntry, markets: ShortlistEntry[]): string[] {
  const { t } = w;
  const names = w.list(markets.map((m) => m.name));
  const step = firstStep(context, leader) ?? leader.entryMode;
  const steps = [
    step
      ? t("sentencesA.board.pilotBy", { mode: step.name.toLowerCase(), markets: names })
      : t("sentencesA.board.pilot", { markets: names }),
  ];
  const payments = leader.risks.some((r) => r.category === "payments");
  steps.push(
    payments
      ? t("sentencesA.board.partnerSearchBank", { market: leader.name })
      : t("sentencesA.board.partnerSearch", { market: leader.name }),
  );
  const profile = context.input.profiles.find((p) => p.market.iso3 === leader.iso3);
  const rules = [
    ...new Set((profile?.foreignSellerRules ?? []).filter((r) => r.inForce).map((r) => ruleTypeLabel(w, r.ruleType))),
  ];
  steps.push(
    rules.length > 0
      ? t("sentencesA.board.regulatoryCheck", { market: leader.name, rules: w.commas(rules) })
      : t("sentencesA.board.regulatoryCheckNoRules", { market: leader.name }),
  );
  if (leader.risks.some((r) => r.category === "sanctions")) {
    steps.push(t("sentencesA.board.sanctionsScreening", { market: leader.name }));
  }
  return steps;
}
