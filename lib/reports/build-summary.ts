import { RULE_TYPE_LABELS } from "@/lib/evidence/labels";
import { formatNumber, formatPercent } from "@/lib/format";

import { forAgainst } from "./build-for-against";
import { entryModesOf, joinNames, shortlistEntry } from "./build-shortlist";
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
  const name = context.marketName(leader);
  const levelWord = { high: "High", moderate: "Moderate", low: "Low" }[level];
  const statement =
    `${levelWord} confidence: ${name} ranks first in ${formatPercent(probabilityFirst, 0)} of ${robustness.monteCarlo.samples.toLocaleString("en-US")} Monte Carlo draws of weights${(robustness.monteCarlo.valuesVaried ?? 0) > 0 ? " and values" : ""} ` +
    `(90% rank interval ${interval.low === interval.high ? `${interval.low}` : `${interval.low}-${interval.high}`}), and ${agreeing} of ${variants.length} method variants put it first.`;
  return {
    level,
    probabilityFirst,
    rankInterval90: interval,
    variantsAgreeing: agreeing,
    variantsTotal: variants.length,
    smallestChange: robustness.smallestChange.sentence,
    statement,
  };
}

function leadReasons(context: ReportContext, ranking: RankingSection): string[] {
  const [leader, runnerUp] = ranking.rows;
  if (!leader) return [];
  if (!runnerUp) return [`${leader.name} is the only market ranked.`];
  const diffs = ranking.groups
    .map((g) => ({
      name: g.name,
      diff: (leader.groupContributions[g.key] ?? 0) - (runnerUp.groupContributions[g.key] ?? 0),
    }))
    .filter((d) => Math.abs(d.diff) >= 0.0005);
  const gains = diffs.filter((d) => d.diff > 0).sort((a, b) => b.diff - a.diff);
  const losses = diffs.filter((d) => d.diff < 0).sort((a, b) => a.diff - b.diff);
  const signed = (d: { name: string; diff: number }) =>
    `${d.name} (${d.diff > 0 ? "+" : "-"}${formatNumber(Math.abs(d.diff), 3)})`;
  const reasons = [
    `${leader.name} scores ${leader.scoreDisplay} against ${runnerUp.scoreDisplay} for ${runnerUp.name}, the runner-up.`,
  ];
  if (gains.length > 0) reasons.push(`It gains most on ${gains.slice(0, 2).map(signed).join(" and ")}.`);
  if (losses.length > 0) reasons.push(`It trails ${runnerUp.name} on ${losses.slice(0, 2).map(signed).join(" and ")}.`);
  const best = context.results.ranking.ranking[0];
  if (best && best.coverage < 1)
    reasons.push(`Its score rests on ${formatPercent(best.coverage, 0)} of the weight: some values are missing.`);
  return reasons;
}

export function buildSummary(
  context: ReportContext,
  ranking: RankingSection,
  entry: ReportModel["entry"],
): ExecutiveSummary {
  const [first, second] = ranking.rows;
  const leader = first!;
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
    entryModeMissing: entry
      ? null
      : "No firm profile was saved with this scenario, so no entry mode or strategy is assessed. Add a firm profile to the scenario to get one.",
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
  const name = context.input.framework.entryModes.find((m) => m.key === best.id)?.name ?? best.name ?? best.id;
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

  // The recommendation: a course even when the markets are tied or the evidence faces the mode.
  const tiedEntries = tie.tied
    ? tie.markets.map((t) => entryOf(t.iso3)).filter((e): e is ShortlistEntry => e !== undefined)
    : [];
  let recommendation: string;
  if (!leader) recommendation = "No market is ranked, so there is nothing to recommend.";
  else if (tie.tied && tiedEntries.length >= 2) {
    const steps = tiedEntries.map((e) => ({ entry: e, step: firstStep(context, e) }));
    const same = steps.every((s) => s.step && s.step.key === steps[0]!.step?.key);
    const stepText = same
      ? `${lower(steps[0]!.step!.name)} in ${joinNames(tiedEntries.map((e) => e.name))}`
      : steps
          .map((s) =>
            s.step ? `${lower(s.step.name)} in ${s.entry.name}` : `no low-commitment mode that fits in ${s.entry.name}`,
          )
          .join("; ");
    recommendation =
      `A staged entry: ${joinNames(tiedEntries.map((e) => e.name))} are statistically tied, so start with the cheapest reversible step, ${stepText}, ` +
      `and commit more only in the market where the first step does better.`;
  } else if (!mode) {
    recommendation = `Expand into ${leader.name}. ${leader.entryModeMissing ?? ""}`.trim();
  } else {
    recommendation = `Expand into ${leader.name} by ${lower(mode.name)}${strategy ? `, with a ${lower(strategy.name)} strategy` : ""}.`;
    const { for: pro, against } = leader.forAgainst;
    if (against.length > pro.length) {
      const step = firstStep(context, leader);
      recommendation += ` The dated evidence weighs against this mode (${against.length} items against, ${pro.length} for)`;
      recommendation +=
        step && step.key !== mode.key
          ? `: consider ${lower(step.name)} (commitment ${commitment.get(step.key)} of 5, fit ${formatNumber(step.score, 1)}) as the first step.`
          : "; check it with a small pilot before committing.";
    }
  }

  const mainReasons = threeReasons(ranking, summary, leader);

  const changeTheAnswer = [...(tie.tied ? [tie.statement] : []), ...tie.separators.slice(0, 3)];
  const entryModeTie = leader ? entryModeTieLine(leader) : null;
  if (entryModeTie) changeTheAnswer.push(entryModeTie);

  const mainRisks = (leader?.risks ?? [])
    .slice(0, 3)
    .map(
      (r) =>
        `${r.title} (severity ${r.severity} of 3${r.bearsOnMode && mode ? `; bears on ${lower(mode.name)}` : ""}; newest evidence ${r.newestYear ?? "undated"}).`,
    );
  if (leader && mainRisks.length === 0) {
    mainRisks.push(
      `The data set holds no sanctions, payment, foreign-seller-rule, incumbent or logistics evidence that marks a material risk for ${leader.name}: a gap, not a clean bill.`,
    );
  }

  return {
    recommendation,
    tie,
    entryModeTie,
    mainReasons,
    changeTheAnswer,
    mainRisks,
    freshness: leader ? freshness(leader, matrix) : "No market is ranked.",
    nextSteps: leader ? nextSteps(context, leader, tie.tied ? tiedEntries : [leader]) : [],
  };
}

function threeReasons(
  ranking: RankingSection,
  summary: ExecutiveSummary,
  leader: ShortlistEntry | undefined,
): string[] {
  const reasons: string[] = [];
  const [first, second] = ranking.rows;
  if (first && second) {
    const gains = ranking.groups
      .map((g) => ({
        name: g.name,
        diff: (first.groupContributions[g.key] ?? 0) - (second.groupContributions[g.key] ?? 0),
      }))
      .filter((d) => d.diff >= 0.0005)
      .sort((a, b) => b.diff - a.diff)
      .slice(0, 2);
    reasons.push(
      `${first.name} scores ${first.scoreDisplay} against ${second.scoreDisplay} for ${second.name}` +
        (gains.length > 0
          ? `, mainly thanks to ${joinNames(gains.map((g) => `${g.name.toLowerCase()} (+${formatNumber(g.diff, 3)})`))}.`
          : "."),
    );
  } else if (first) reasons.push(`${first.name} is the only market ranked.`);
  const response = leader?.entryMode ? summary : null;
  if (response && leader?.entryMode) {
    reasons.push(
      `${leader.entryMode.name} fits the firm and the market best of the entry modes (fit ${formatNumber(leader.entryMode.score, 1)} of 100${leader.entryModeRunnerUp ? `, against ${formatNumber(leader.entryModeRunnerUp.score, 1)} for ${leader.entryModeRunnerUp.name.toLowerCase()}` : ""}).`,
    );
  }
  const pro = leader?.forAgainst.for[0];
  if (pro) reasons.push(`Evidence for it: ${pro.why} (${pro.source.split(",")[0]}, ${pro.year}).`);
  else if (leader?.strategy)
    reasons.push(
      `${leader.strategy.name} is the strategy that fits best (fit ${formatNumber(leader.strategy.score, 1)} of 100).`,
    );
  return reasons.slice(0, 3);
}

function entryModeTieLine(entry: ShortlistEntry): string | null {
  const [a, b] = [entry.entryMode, entry.entryModeRunnerUp];
  if (!a || !b) return null;
  const gap = a.score - b.score;
  if (a.uncertainty === null) {
    return `The entry-mode scores carry no uncertainty estimate in these results, so the ${formatNumber(gap, 1)}-point lead of ${a.name.toLowerCase()} (${formatNumber(a.score, 1)}) over ${b.name.toLowerCase()} (${formatNumber(b.score, 1)}) is neither a firm rank nor a proven tie.`;
  }
  return gap <= a.uncertainty
    ? `${a.name} (${formatNumber(a.score, 1)}) and ${b.name.toLowerCase()} (${formatNumber(b.score, 1)}) are within the entry-mode model's error (±${formatNumber(a.uncertainty, 1)}): treat them as tied.`
    : `${a.name} leads ${b.name.toLowerCase()} by ${formatNumber(gap, 1)} points, more than the entry-mode model's error (±${formatNumber(a.uncertainty, 1)}).`;
}

function span(years: number[]): string {
  if (years.length === 0) return "no dated item";
  const low = Math.min(...years);
  const high = Math.max(...years);
  return low === high ? `${low}` : `${low} to ${high}`;
}

function freshness(entry: ShortlistEntry, matrix: MatrixSection): string {
  const cells = Object.values(matrix.cells[entry.iso3] ?? {}).filter((c): c is NonNullable<typeof c> => c !== null);
  const dated = cells.filter((c) => c.year !== null).map((c) => c.year!);
  const evidence = [...entry.forAgainst.for, ...entry.forAgainst.against, ...entry.risks.flatMap((r) => r.evidence)]
    .map((e) => e.year)
    .filter((y) => y > 0);
  return (
    `The ranking figures for ${entry.name} date from ${span(dated)} (${dated.length} of ${cells.length} dated; the others are your ratings or computed values). ` +
    `The evidence for, against and on risks dates from ${span(evidence)}.`
  );
}

function nextSteps(context: ReportContext, leader: ShortlistEntry, markets: ShortlistEntry[]): string[] {
  const names = joinNames(markets.map((m) => m.name));
  const step = firstStep(context, leader) ?? leader.entryMode;
  const steps = [
    `Pilot${step ? ` by ${step.name.toLowerCase()}` : ""} in ${names}: would establish whether buyers there order and reorder, how long delivery takes and which payment methods work, before capital is committed.`,
  ];
  const payments = leader.risks.some((r) => r.category === "payments");
  steps.push(
    `Partner search in ${leader.name} (payments, delivery${payments ? ", a bank that can settle with the home market" : ""}): would establish who can take local payments and carry parcels, and on what terms.`,
  );
  const profile = context.input.profiles.find((p) => p.market.iso3 === leader.iso3);
  const rules = [
    ...new Set(
      (profile?.foreignSellerRules ?? [])
        .filter((r) => r.inForce)
        .map((r) => RULE_TYPE_LABELS[r.ruleType] ?? r.ruleType),
    ),
  ];
  steps.push(
    `Regulatory check with local counsel in ${leader.name}${rules.length > 0 ? ` (rules in force in the data set: ${rules.join(", ")})` : " (the data set lists no rule for foreign sellers here: a gap to close)"}: would establish what registration, data storage, duties and taxes the chosen entry mode must meet.`,
  );
  if (leader.risks.some((r) => r.category === "sanctions")) {
    steps.push(
      `Sanctions screening for ${leader.name} against US, EU and UN lists: would establish which partners, banks and payment routes can be used without exposure to secondary sanctions.`,
    );
  }
  return steps;
}
