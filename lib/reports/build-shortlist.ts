import { RuleTypes } from "@/lib/contracts/dataset";
import type { EntryModeResponse } from "@/lib/contracts/fit";
import { formatNumber } from "@/lib/format";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

import { forAgainst } from "./build-for-against";
import { materialRisks } from "./build-risks";
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
import { wordsFor, type Words } from "./words";

const wordsOf = (context: ReportContext): Words => wordsFor(context.input.locale ?? DEFAULT_LOCALE);

// The rule types the data set knows (its contract), each with its name in sentencesA.ruleTypes.
const RULE_TYPES = RuleTypes;

/** A rule type's name in the report's language ("VAT on low-value imports"); an unknown type as written. */
export function ruleTypeLabel(w: Words, ruleType: string): string {
  return (RULE_TYPES as readonly string[]).includes(ruleType)
    ? w.t(`sentencesA.ruleTypes.${ruleType as (typeof RULE_TYPES)[number]}`)
    : ruleType;
}

// The short list (issue 11 §2 and §4): the markets the report sets side by side, each with its
// best-fitting entry mode and strategy, the evidence for and against that entry, and its material
// risks; and whether the leader is statistically tied with the others. Pure.

/**
 * A market "can come first" when it ranks first in at least this share of the Monte Carlo draws,
 * i.e. rank 1 lies inside its 90% rank interval (5th to 95th percentile of its ranks).
 */
export const TIE_SHARE = 0.05;

// The default rule, as the report states it: messages/<locale>/report.json, sentencesA.shortlist.chosenByDefault.

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

const choice = (
  m: EntryModeResponse["modes"][number] | undefined,
  names: Map<string, string>,
  label: (key: string, english: string) => string,
): FitChoice | null =>
  m ? { key: m.id, name: label(m.id, m.name ?? names.get(m.id) ?? m.id), score: m.score, rank: m.rank } : null;

export function buildShortlist(
  context: ReportContext,
  ranking: RankingSection,
  matrix: MatrixSection,
  requested: string[] | undefined,
): ShortlistSection {
  const user = requested && requested.length > 0;
  const markets = user ? requested : defaultShortlist(context, ranking);
  const { t } = wordsOf(context);
  const entries = markets.flatMap((iso3) => {
    const entry = shortlistEntry(context, ranking, matrix, iso3);
    return entry ? [entry] : [];
  });
  return {
    markets: entries,
    chosenBy: user ? "user" : "default",
    rule: user
      ? t("sentencesA.shortlist.chosenForReport", { markets: wordsOf(context).commas(entries.map((e) => e.name)) })
      : t("sentencesA.shortlist.chosenByDefault"),
    riskRule: t("sentencesA.risks.rankingRule"),
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
  const w = wordsOf(context);
  const modeLabel = (key: string, english: string) => w.data("entry-modes", key, "name", english);
  const strategyLabel = (key: string, english: string) => w.data("strategies", key, "name", english);
  {
    const row = ranking.rows.find((r) => r.iso3 === iso3);
    if (!row) return null;
    const profile = context.input.profiles.find((p) => p.market.iso3 === iso3);
    const response = entryModesOf(context, iso3);
    const modes = response ? [...response.modes].sort((a, b) => a.rank - b.rank) : [];
    const strategies = response ? [...response.strategies].sort((a, b) => a.rank - b.rank) : [];
    const best = choice(modes[0], modeNames, modeLabel);
    return {
      iso3,
      name: row.name,
      rank: row.rank,
      scoreDisplay: row.scoreDisplay,
      probabilityFirst: row.probabilityFirst,
      rankInterval90: row.rankInterval90,
      entryMode: best && response ? { ...best, uncertainty: entryScoreUncertainty(context, response) } : null,
      entryModeRunnerUp: choice(modes[1], modeNames, modeLabel),
      strategy: choice(strategies[0], strategyNames, strategyLabel),
      entryModeMissing: response ? null : missingEntryModes(context, row.name),
      forAgainst: best ? forAgainst(profile, best.key, w.locale) : { for: [], against: [] },
      risks: materialRisks(profile, best?.key ?? null, matrix, iso3, reportYear, w.locale),
    };
  }
}

function missingEntryModes(context: ReportContext, name: string): string {
  const { t } = wordsOf(context);
  if (!context.scenario.inputs.firmProfile) return t("sentencesA.shortlist.noFirmProfile");
  const saved = context.results.entryModes?.market;
  return t("sentencesA.shortlist.savedForOneOnly", {
    // English as frozen with the answer; another language names the market from CLDR.
    saved:
      (saved?.iso3 && wordsOf(context).locale !== "en" ? context.marketName(saved.iso3) : saved?.name) ??
      t("sentencesA.shortlist.oneMarket"),
    market: name,
  });
}

/** Whether the top markets are within the Monte Carlo uncertainty, and what would separate them. */
export function buildTie(context: ReportContext, ranking: RankingSection): TieStatement {
  const { robustness } = context.results;
  const w = wordsOf(context);
  const { t, f } = w;
  const draws = {
    samples: f.formatNumber(robustness.monteCarlo.samples, 0),
    varied: (robustness.monteCarlo.valuesVaried ?? 0) > 0 ? "yes" : "no",
  };
  const contenders = ranking.rows.filter((r) => (r.probabilityFirst ?? 0) >= TIE_SHARE);
  const leader = ranking.rows[0];
  const markets: MarketRef[] = (contenders.length > 0 ? contenders : leader ? [leader] : []).map((r) => ({
    iso3: r.iso3,
    name: r.name,
  }));
  const share = (iso3: string) => f.formatPercent(robustness.probabilityFirst[iso3] ?? 0, 0);
  const tied = contenders.length >= 2;
  let statement: string;
  if (!leader) statement = t("sentencesA.shortlist.noMarket");
  else if (tied) {
    const [first, ...others] = contenders;
    statement = t("sentencesA.shortlist.tied", {
      ...draws,
      markets: w.list(contenders.map((c) => c.name)),
      first: first!.name,
      share: share(first!.iso3),
      others: w.commas(
        others.map((o) => t("sentencesA.shortlist.tiedOther", { market: o.name, share: share(o.iso3) })),
      ),
    });
  } else {
    statement = t("sentencesA.shortlist.leadsClearly", {
      ...draws,
      leader: leader.name,
      share: share(leader.iso3),
      threshold: f.formatPercent(TIE_SHARE, 0),
    });
  }
  return { tied, markets, statement, separators: separators(context) };
}

/** A criterion's (or a criteria group's) name in the report's language. */
function criterionLabel(context: ReportContext, key: string): string {
  const w = wordsOf(context);
  const criterion = context.criterionName(key);
  return criterion === key
    ? w.data("criteria-groups", key, "name", context.groupName(key))
    : w.data("indicators", key, "name", criterion);
}

/**
 * The smallest weight change that puts the runner-up first, in the report's language: English as
 * frozen with the results (lib/scoring/smallestChange.ts wrote it); another language from its
 * figures, in the workspace's wording (messages/<locale>/workspace.json, smallest).
 */
export function smallestChangeText(context: ReportContext): string {
  const sc = context.results.robustness.smallestChange;
  const w = wordsOf(context);
  if (w.locale === "en" || !sc.sentence) return sc.sentence;
  const { t, f } = w;
  const leader = context.marketName(sc.leader);
  if (!sc.runnerUp) return t("sentencesA.smallest.only", { leader });
  const runnerUp = context.marketName(sc.runnerUp);
  if (sc.tied) return t("sentencesA.smallest.tied", { leader, runnerUp });
  if (sc.criterion === null || sc.from === null || sc.to === null || sc.change === null)
    return t("sentencesA.smallest.none", { leader, runnerUp });
  const points = Math.abs(sc.change * 100);
  return t("sentencesA.smallest.change", {
    leader,
    runnerUp,
    criterion: criterionLabel(context, sc.criterion),
    direction: sc.change >= 0 ? "rose" : "fell",
    from: f.formatPercent(sc.from, 1),
    to: f.formatPercent(sc.to, 1),
    points: t("sentencesA.smallest.points", {
      sign: sc.change < 0 ? "−" : "+",
      value: f.formatNumber(points, 1),
      count: points,
    }),
  });
}

/** Weight changes that put another market first: the frozen smallest change, then the tornado's. */
function separators(context: ReportContext): string[] {
  const { robustness } = context.results;
  const leader = robustness.leader;
  const w = wordsOf(context);
  const name = (key: string) => criterionLabel(context, key);
  const lines: string[] = [];
  const smallest = smallestChangeText(context);
  if (smallest) lines.push(smallest);
  const swings = [...robustness.tornado]
    .filter((t) => t.low.leader !== leader || t.high.leader !== leader)
    .sort((a, b) => b.swing - a.swing)
    .slice(0, 3);
  for (const t of swings) {
    const end = t.high.leader !== leader ? t.high : t.low;
    lines.push(
      w.t("sentencesA.shortlist.separator", {
        criterion: name(t.criterion),
        weight: w.f.formatPercent(end.weight, 1),
        now: w.f.formatPercent(t.weight, 1),
        market: context.marketName(end.leader),
      }),
    );
  }
  return lines;
}

export function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export const fitWithUncertainty = (score: number, uncertainty: number | null) =>
  uncertainty === null ? formatNumber(score, 1) : `${formatNumber(score, 1)} ± ${formatNumber(uncertainty, 1)}`;
