import type { Locale } from "@/lib/i18n/locales";
import type { FitReason } from "@/lib/scoring/fit/entry-mode-fit";
import type { StabilityInterval } from "@/lib/scoring/stability";

// The recommendation report as plain data: everything the renderers (HTML page, PDF, Markdown,
// CSV) print, gathered once by buildReportModel so the formats cannot drift apart. Texts that came
// from users (scenario name, notes, imported rows) are kept verbatim here; every renderer escapes
// them for its own format.

export type MarketRef = { iso3: string; name: string };

/** A figure with where it comes from: every number in the report carries its year and source. */
export type SourcedCell = {
  value: number;
  /** The value as the report prints it (unit-aware, e.g. "285.7 million"). */
  display: string;
  /** null for the user's own assessments, which have no publication year. */
  year: number | null;
  source: string;
  /** Key of the source in the report's source list ("S3"), and a short name for narrow columns. */
  sourceKey: string;
  sourceShort: string;
  /** Derived by Outbound from other figures (a distance): cited as "computed from …", without a data year. */
  computed?: boolean;
  /**
   * The 95 % half-width the Monte Carlo sampled the value within, as frozen with the results
   * (decision record 014), and as printed ("±1.2"); null where none was assigned or for older results.
   */
  uncertainty: { halfWidth: number; display: string } | null;
};

export type ConfidenceLevel = "high" | "moderate" | "low";

export type Confidence = {
  level: ConfidenceLevel;
  /** Share of Monte Carlo draws in which the recommended market ranks first. */
  probabilityFirst: number;
  rankInterval90: { low: number; high: number };
  /** Method variants (weighted sum, TOPSIS, PROMETHEE II, …) that put the same market first. */
  variantsAgreeing: number;
  variantsTotal: number;
  /** The engine's plain-words sentence on the smallest weight change that changes the leader. */
  smallestChange: string;
  /** One sentence that states the level and why. */
  statement: string;
};

export type FitChoice = { key: string; name: string; score: number; rank: number };

export type ExecutiveSummary = {
  market: MarketRef & { rank: number; score: number; scoreDisplay: string };
  runnerUp: (MarketRef & { score: number; scoreDisplay: string }) | null;
  entryMode: FitChoice | null;
  entryModeRunnerUp: FitChoice | null;
  /** The best-fitting strategy first, then the others that score above the neutral 50. */
  strategies: FitChoice[];
  /** Why no entry mode is recommended (no firm profile saved), when none is. */
  entryModeMissing: string | null;
  confidence: Confidence;
  /** Sentences on why the recommended market leads (criteria groups where it gains and loses). */
  reasons: string[];
  /**
   * Page 1 for a board (issue 11 §5), in plain words; absent in models built before it.
   * The recommendation as one sentence (a course even when the top markets are tied), its three
   * main reasons, what would change the answer, the main risks, how fresh the evidence is, and
   * next steps with what each would establish.
   */
  board?: BoardSummary;
};

export type BoardSummary = {
  recommendation: string;
  tie: TieStatement;
  /** Whether the top entry modes are within the fit model's error, in words. */
  entryModeTie: string | null;
  mainReasons: string[];
  changeTheAnswer: string[];
  mainRisks: string[];
  freshness: string;
  nextSteps: string[];
};

/** Whether the top markets are within the Monte Carlo uncertainty, and what would separate them. */
export type TieStatement = {
  tied: boolean;
  /** The markets that rank first in at least TIE_SHARE of the draws, leader first. */
  markets: MarketRef[];
  statement: string;
  /** Weight changes that would change the leader (from the frozen tornado and smallest change). */
  separators: string[];
};

export type RiskCategory = "sanctions" | "payments" | "rules" | "incumbents" | "logistics";

/** A material risk of a market, ranked by weight = severity × bearing × recency (lib/reports/build-risks.ts). */
export type MaterialRisk = {
  category: RiskCategory;
  categoryName: string;
  title: string;
  severity: 1 | 2 | 3;
  bearsOnMode: boolean;
  recency: 1 | 0.5;
  weight: number;
  newestYear: number | null;
  /** The dated evidence behind it, newest first. */
  evidence: EvidenceLine[];
};

/** An evidence item with why it speaks for or against the recommendation (lib/reports/build-for-against.ts). */
export type StanceLine = EvidenceLine & { why: string; rule: string };
export type ForAgainst = { for: StanceLine[]; against: StanceLine[] };

export type ShortlistEntry = MarketRef & {
  rank: number;
  scoreDisplay: string;
  probabilityFirst: number | null;
  rankInterval90: { low: number; high: number } | null;
  /** The best-fitting entry mode, its fit and the fit model's error when one is reported. */
  entryMode: (FitChoice & { uncertainty: number | null }) | null;
  entryModeRunnerUp: FitChoice | null;
  strategy: FitChoice | null;
  /** Why there is no entry mode (no firm profile, or entry modes saved for another market only). */
  entryModeMissing: string | null;
  forAgainst: ForAgainst;
  risks: MaterialRisk[];
};

export type ShortlistSection = {
  markets: ShortlistEntry[];
  chosenBy: "default" | "user";
  /** How the short list was chosen, in words. */
  rule: string;
  riskRule: string;
};

export type RankingRow = MarketRef & {
  rank: number;
  score: number;
  scoreDisplay: string;
  /** Share of the weight the market has data for. */
  coverage: number;
  /** Names of the criteria the market has no value for. */
  missing: string[];
  /** Criteria-group key → the group's part of the score. */
  groupContributions: Record<string, number>;
  probabilityFirst: number | null;
  meanRank: number | null;
  rankInterval90: { low: number; high: number } | null;
};

export type RankingSection = {
  method: string;
  methodKey: "wsm" | "topsis" | "promethee2";
  normalization: string;
  missingPolicy: string;
  /** What the score means for this method (its scale). */
  scoreMeaning: string;
  /** Whether the group contributions add up to the score and are all ≥ 0 (a stacked bar fits). */
  stackable: boolean;
  groups: { key: string; name: string }[];
  rows: RankingRow[];
  /** The weight preset the weights start from, in words (absent in models built before presets). */
  weights?: string;
};

export type ProfileIndicator = {
  key: string;
  name: string;
  group: string;
  unit: string;
  direction: "benefit" | "cost";
  cell: SourcedCell | null;
  /** Position among the compared markets on this criterion, 1 = best (null without a value). */
  standing: number | null;
  compared: number;
};

export type EvidenceLine = {
  statement: string;
  year: number;
  yearNote: string | null;
  source: string;
  locator: string;
};

export type MarketProfileSection = MarketRef & {
  rank: number;
  scoreDisplay: string;
  region: string | null;
  indicators: ProfileIndicator[];
  strengths: string[];
  /** Weak points read off the figures compared (weakest on an indicator, gaps, an uncertain rank). */
  risks: string[];
  /** Material risks from the evidence categories, ranked by weight (build-risks.ts; issue 11 §3). */
  materialRisks: MaterialRisk[];
  evidence: EvidenceLine[];
  /** Evidence items the data set holds for the market beyond those shown. */
  moreEvidence: number;
  /**
   * The e-commerce facts of the market (data/evidence/*.csv), short: the latest published size
   * figures and the newest forecast, the leading platforms, the rules for foreign sellers in force.
   * Absent in models built before these existed.
   */
  ecommerce?: { size: EvidenceLine[]; incumbents: EvidenceLine[]; rules: EvidenceLine[] };
};

/** The fit model's reason (lib/scoring/fit), with the factor's name in place of its key. */
export type FitReasonLine = Omit<FitReason, "effectId">;

export type FitOption = FitChoice & {
  description: string | null;
  reasons: FitReasonLine[];
  precedents: (EvidenceLine & { case: string })[];
};

/** A documented entry near the firm and market (docs/decisions/015-similar-cases.md), with names in place of keys. */
export type SimilarCaseLine = {
  id: string;
  firm: string;
  home: string;
  host: string;
  year: number;
  mode: string;
  /** "Exited in 2022", "Stayed". */
  outcome: string;
  outcomeNote: string;
  distance: number;
  shared: number;
  compared: number;
};

export type EntrySection = {
  market: MarketRef;
  modes: FitOption[];
  strategies: FitOption[];
  marketFactors: { key: string; name: string; value: number; basis: string; reason: string | null }[];
  assumptions: string[];
  /**
   * The entry-mode model's leave-one-out backtest in one sentence, and the documented entries
   * nearest to the firm and market (issue 10 §5.3-5.4). Absent when the report was built without
   * the case library.
   */
  backtest?: string | undefined;
  similarCases?: SimilarCaseLine[] | undefined;
  /**
   * The entry-mode scores' uncertainty from the backtest (docs/decisions/018, issue 11 §2): the
   * points, their basis in words, the names of the modes within them of the first (best first;
   * empty when no other mode is that close) and the best mode outside them. Absent when unknown.
   */
  scoreUncertainty?: EntryScoreUncertainty | undefined;
};

export type EntryScoreUncertainty = { points: number; basis: string; tied: string[]; next: string | null };

/** A stability interval (lib/scoring/stability) with the criterion's and its group's names. */
export type StabilityRow = StabilityInterval & { criterion: string; group: string };

export type RobustnessSection = {
  leader: MarketRef;
  smallestChange: string;
  stability: StabilityRow[];
  /** Exact bounds (weighted sum, PROMETHEE II) or a grid approximation (TOPSIS); absent in older results. */
  stabilityExact?: boolean | undefined;
  /** Per market, probability of each rank (index 0 = first), markets in ranking order. */
  rankProbabilities: (MarketRef & { probabilities: number[]; meanRank: number; low: number; high: number })[];
  monteCarlo: {
    samples: number;
    seed: number;
    concentration: number;
    valueDistribution: string;
    /** Values sampled per draw (absent in results frozen before values were sampled: 0). */
    valuesVaried?: number | undefined;
    /** What was varied and how, in words (lib/workspace/monte-carlo-wording.ts). */
    description: string;
  };
  methodAgreement: {
    variants: { key: string; label: string; leaders: string[]; rhoWithChosen: number | null }[];
    sameLeader: boolean;
  };
};

export type AssumptionsSection = {
  /** The home market distance and cultural distance are measured from, in words (docs/decisions/017). */
  home: string;
  /** "US (USA)". */
  homeName: string;
  method: string;
  normalization: string;
  missingPolicy: string;
  /** Coverage threshold, criteria left out for coverage and the reference set, in words. */
  coverage: string;
  /** PROMETHEE II only: the preference function and thresholds per criterion, in words. */
  preferences: string | null;
  /** The weight preset, its source and record, and what was changed from it (absent before presets). */
  weights?: { label: string; detail: string | null };
  groups: {
    key: string;
    name: string;
    weight: number;
    criteria: { key: string; name: string; weight: number; withinGroup: number }[];
  }[];
  ahp: { scope: string; cr: number; consistent: boolean; method: string }[];
  firmProfile: { key: string; name: string; value: number; lowLabel: string; highLabel: string }[] | null;
  assessments: { market: string; criterion: string; value: number }[];
  monteCarlo: { samples: number; seed: number; concentration: number; description: string };
};

export type MatrixCriterion = {
  key: string;
  name: string;
  group: string;
  groupName: string;
  unit: string;
  direction: "benefit" | "cost";
  weight: number;
};

export type MatrixSection = {
  criteria: MatrixCriterion[];
  markets: (MarketRef & { rank: number; score: number })[];
  /** iso3 → criterion key → the value, or null for a data gap. */
  cells: Record<string, Record<string, SourcedCell | null>>;
};

/** One source the report draws on; `key` is set for the sources of the ranking's figures. */
export type SourceLine = {
  key: string | null;
  source: string;
  years: number[];
  usedFor: string[];
  /** The reader's citation (lib/data/citation.ts); absent in models built before it existed. */
  citation?: string;
  /** Where the figures came from (repository, commit, file lines, address): the "Data provenance" appendix. */
  provenance?: string[];
  /** Computed by Outbound from other figures: no data year of its own. */
  computed?: boolean;
};

export type GapLine = { market: string | null; item: string; detail: string };

/** An edition the ranking's figures were taken from (null: not recorded: saved with an older data set, or changed since). */
export type EditionLine = { edition: string | null; years: number[]; usedFor: string[] };

/** A figure of the ranking whose data year is more than three years before the report's year. */
export type OldValueLine = { market: string; criterion: string; year: number; age: number; edition: string | null };

/** How a group of members weighed the criteria, agreed and disagreed (lib/reports/build-group.ts). */
export type GroupDecisionSection = {
  /** The decision's name, verbatim (untrusted). */
  name: string;
  method: "direct" | "ahp";
  aggregation: "aij" | "aip" | null;
  /** Members are shown as "Member 1, 2 …" instead of by name. */
  hideNames: boolean;
  frozenAt: string | null;
  members: {
    /** The name (untrusted), or "Member k" when hidden. */
    label: string;
    /** The workspace role in the report's language. */
    role: string;
    /** Share of the say in the aggregation, 0–1. */
    share: number;
    cr: number | null;
    topMarket: string;
  }[];
  criteria: {
    key: string;
    name: string;
    weight: number;
    standardDeviation: number;
    min: number;
    max: number;
    displacement: number;
  }[];
  consensus: {
    markets: GroupConcordance;
    criteria: GroupConcordance;
    ahp: { value: number; word: string } | null;
  };
  groupCr: number | null;
  mostDivisive: { name: string; displacement: number; member: string } | null;
  /** The group's ranking, each market with its rank under every member's weights (members' order). */
  ranking: { iso3: string; name: string; rank: number; memberRanks: (number | null)[] }[];
};

export type GroupConcordance = {
  w: number;
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  approximate: boolean;
  /** The interpretation band in the report's language (record 021). */
  word: string;
};

export type ReportModel = {
  /** The language the report is written in (its sentences, headings and numbers). */
  locale: Locale;
  /** The scenario's name, verbatim (untrusted). */
  title: string;
  question: string;
  /** ISO 8601 time the report was made. */
  generatedAt: string;
  /** The date as printed on the cover. */
  dateDisplay: string;
  scenario: {
    id: string;
    name: string;
    notes: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    computedAt: string;
    datasetVersion: string;
    datasetHash: string;
    /** The data set has changed since the results were frozen. */
    stale: boolean;
    /** What moved in the imported data, one sentence each (lib/imports/staleness.ts). */
    staleBecause?: string[];
    currentDatasetVersion: string;
  };
  summary: ExecutiveSummary;
  /** The short list side by side (issue 11 §4); absent in models built before it. */
  shortlist?: ShortlistSection;
  ranking: RankingSection;
  profiles: MarketProfileSection[];
  entry: EntrySection | null;
  robustness: RobustnessSection;
  assumptions: AssumptionsSection;
  matrix: MatrixSection;
  sources: SourceLine[];
  /** The editions behind the ranking's figures, and the figures older than three years (as of the report's date). */
  editions: EditionLine[];
  oldValues: OldValueLine[];
  gaps: GapLine[];
  methodology: { paragraphs: { heading: string; text: string }[]; references: string[] };
  /** The group decision the scenario was frozen from (issue 13 §4.5); absent for any other scenario. */
  group?: GroupDecisionSection;
};
