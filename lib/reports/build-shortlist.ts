import type { EntryModeResponse } from "@/lib/contracts/fit";
import { formatNumber, formatPercent } from "@/lib/format";

import { forAgainst } from "./build-for-against";
import { materialRisks, RISK_RANKING_RULE } from "./build-risks";
import type { ReportContext } from "./context";
import type {
  FitChoice,
  MarketRef,
  MatrixSection,
  RankingSection,
  ShortlistEntry,
  ShortlistSection,
  TieStatement,
} from "./model";

// The short list (issue 11 §2 and §4): the markets the report sets side by side, each with its
// best-fitting entry mode and strategy, the evidence for and against that entry, and its material
// risks; and whether the leader is statistically tied with the others. Pure.

/**
 * A market "can come first" when it ranks first in at least this share of the Monte Carlo draws,
 * i.e. rank 1 lies inside its 90% rank interval (5th to 95th percentile of its ranks).
 */
export const TIE_SHARE = 0.05;

export const DEFAULT_SHORTLIST_RULE =
  "The top two markets, and the third when it ranks first or second in at least 5% of the Monte Carlo draws (rank 2 or better lies inside its 90% rank interval); a third market further behind is left out.";

/** The default short list: the top two, and the third when it is within reach of the top two. */
export function defaultShortlist(context: ReportContext, ranking: RankingSection): string[] {
  const rows = ranking.rows;
  const chosen = rows.slice(0, 2).map((r) => r.iso3);
  const third = rows[2];
  if (third) {
    const p = context.results.robustness.rankProbabilities[third.iso3] ?? [];
    if ((p[0] ?? 0) + (p[1] ?? 0) >= TIE_SHARE) chosen.push(third.iso3);
  }
  return chosen;
}

/** The frozen fit answer for a market: per market when saved so, else the one market assessed. */
export function entryModesOf(context: ReportContext, iso3: string): EntryModeResponse | null {
  const { results } = context;
  return (
    results.entryModesByMarket?.[iso3] ?? (results.entryModes?.market.iso3 === iso3 ? results.entryModes : null) ?? null
  );
}

/**
 * The fit model's error on an entry-mode score (decision record 018): the band frozen with the
 * answer, else the band of today's backtest (as the entry section does); null when neither is at
 * hand: no uncertainty is invented.
 */
export function entryScoreUncertainty(context: ReportContext, response: EntryModeResponse): number | null {
  const band = response.scoreUncertainty ?? context.input.caseLibrary?.backtest.scoreUncertainty ?? null;
  return band && Number.isFinite(band.points) ? band.points : null;
}

const choice = (m: EntryModeResponse["modes"][number] | undefined, names: Map<string, string>): FitChoice | null =>
  m ? { key: m.id, name: m.name ?? names.get(m.id) ?? m.id, score: m.score, rank: m.rank } : null;

export function buildShortlist(
  context: ReportContext,
  ranking: RankingSection,
  matrix: MatrixSection,
  requested: string[] | undefined,
): ShortlistSection {
  const user = requested && requested.length > 0;
  const markets = user ? requested : defaultShortlist(context, ranking);
  const entries = markets.flatMap((iso3) => {
    const entry = shortlistEntry(context, ranking, matrix, iso3);
    return entry ? [entry] : [];
  });
  return {
    markets: entries,
    chosenBy: user ? "user" : "default",
    rule: user
      ? `Chosen for this report: ${entries.map((e) => e.name).join(", ")}.`
      : `Chosen by the default rule: ${DEFAULT_SHORTLIST_RULE}`,
    riskRule: RISK_RANKING_RULE,
  };
}

/** One market's line of the short list: its entry mode and strategy, evidence for and against, risks. */
export function shortlistEntry(
  context: ReportContext,
  ranking: RankingSection,
  matrix: MatrixSection,
  iso3: string,
): ShortlistEntry | null {
  const reportYear = context.input.generatedAt.getUTCFullYear();
  const modeNames = new Map(context.input.framework.entryModes.map((m) => [m.key, m.name]));
  const strategyNames = new Map(context.input.framework.strategies.map((m) => [m.key, m.name]));
  {
    const row = ranking.rows.find((r) => r.iso3 === iso3);
    if (!row) return null;
    const profile = context.input.profiles.find((p) => p.market.iso3 === iso3);
    const response = entryModesOf(context, iso3);
    const modes = response ? [...response.modes].sort((a, b) => a.rank - b.rank) : [];
    const strategies = response ? [...response.strategies].sort((a, b) => a.rank - b.rank) : [];
    const best = choice(modes[0], modeNames);
    return {
      iso3,
      name: row.name,
      rank: row.rank,
      scoreDisplay: row.scoreDisplay,
      probabilityFirst: row.probabilityFirst,
      rankInterval90: row.rankInterval90,
      entryMode: best && response ? { ...best, uncertainty: entryScoreUncertainty(context, response) } : null,
      entryModeRunnerUp: choice(modes[1], modeNames),
      strategy: choice(strategies[0], strategyNames),
      entryModeMissing: response ? null : missingEntryModes(context, row.name),
      forAgainst: best ? forAgainst(profile, best.key) : { for: [], against: [] },
      risks: materialRisks(profile, best?.key ?? null, matrix, iso3, reportYear),
    };
  }
}

function missingEntryModes(context: ReportContext, name: string): string {
  if (!context.scenario.inputs.firmProfile) {
    return "No firm profile was saved with this scenario, so no entry mode is assessed.";
  }
  const saved = context.results.entryModes?.market.name ?? "one market";
  return `Entry modes were saved for ${saved} only (the scenario was saved before they were kept for every market). Save the scenario again to assess ${name}.`;
}

/** Whether the top markets are within the Monte Carlo uncertainty, and what would separate them. */
export function buildTie(context: ReportContext, ranking: RankingSection): TieStatement {
  const { robustness } = context.results;
  const draws = `${robustness.monteCarlo.samples.toLocaleString("en-US")} Monte Carlo draws of the weights${(robustness.monteCarlo.valuesVaried ?? 0) > 0 ? " and values" : ""}`;
  const contenders = ranking.rows.filter((r) => (r.probabilityFirst ?? 0) >= TIE_SHARE);
  const leader = ranking.rows[0];
  const markets: MarketRef[] = (contenders.length > 0 ? contenders : leader ? [leader] : []).map((r) => ({
    iso3: r.iso3,
    name: r.name,
  }));
  const share = (iso3: string) => formatPercent(robustness.probabilityFirst[iso3] ?? 0, 0);
  const tied = contenders.length >= 2;
  let statement: string;
  if (!leader) statement = "No market is ranked.";
  else if (tied) {
    const [first, ...others] = contenders;
    statement =
      `${joinNames(contenders.map((c) => c.name))} are statistically tied: ${first!.name} ranks first in ${share(first!.iso3)} of the ${draws}, ` +
      `${others.map((o) => `${o.name} in ${share(o.iso3)}`).join(", ")}. The order between them is not settled by the data and weights.`;
  } else {
    statement = `${leader.name} leads clearly: it ranks first in ${share(leader.iso3)} of the ${draws}, and no other market ranks first in ${formatPercent(TIE_SHARE, 0)} or more of them.`;
  }
  return { tied, markets, statement, separators: separators(context) };
}

/** Weight changes that put another market first: the frozen smallest change, then the tornado's. */
function separators(context: ReportContext): string[] {
  const { robustness } = context.results;
  const leader = robustness.leader;
  const name = (key: string) => {
    const criterion = context.criterionName(key);
    return criterion === key ? context.groupName(key) : criterion;
  };
  const lines: string[] = [];
  if (robustness.smallestChange.sentence) lines.push(robustness.smallestChange.sentence);
  const swings = [...robustness.tornado]
    .filter((t) => t.low.leader !== leader || t.high.leader !== leader)
    .sort((a, b) => b.swing - a.swing)
    .slice(0, 3);
  for (const t of swings) {
    const end = t.high.leader !== leader ? t.high : t.low;
    lines.push(
      `${name(t.criterion)}: at a weight of ${formatPercent(end.weight, 1)} (now ${formatPercent(t.weight, 1)}), ${context.marketName(end.leader)} ranks first.`,
    );
  }
  return lines;
}

export function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export const fitWithUncertainty = (score: number, uncertainty: number | null) =>
  uncertainty === null ? formatNumber(score, 1) : `${formatNumber(score, 1)} ± ${formatNumber(uncertainty, 1)}`;
