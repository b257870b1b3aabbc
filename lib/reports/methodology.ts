import { formatCitation } from "@/lib/data/citation";
import { thesisCitation } from "@/lib/data/sources";
import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n/locales";
import type { MonteCarloEcho } from "@/lib/workspace/monte-carlo-wording";

import type { ReportT } from "./i18n";
import type { ConfidenceLevel } from "./model";

// The report's methodology appendix and the names it prints for methods and options. Formulas are
// documented in lib/scoring (each module cites its source) and docs/decisions; this is the short
// version a board reader needs, with the references.

export const METHOD_NAMES: Record<string, string> = {
  wsm: "Weighted sum",
  topsis: "TOPSIS",
  promethee2: "PROMETHEE II",
};

export const NORMALIZATION_NAMES: Record<string, string> = {
  minmax: "min-max (0 = worst, 1 = best observed)",
  vector: "vector (value divided by the Euclidean norm)",
  none: "none (PROMETHEE II compares raw differences)",
};

export const MISSING_POLICY_NAMES: Record<string, string> = {
  renormalize:
    "a missing value counts as the average of the selected markets that report it (its weight is kept: the market is scored as typical of its peers there)",
  worst: "a missing value counts as the worst value of any market in the data set",
};

export const SCORE_MEANINGS: Record<string, string> = {
  wsm: "weighted sum of normalized values, 0 to 1 (1 = best observed on every criterion)",
  topsis: "relative closeness to the ideal market, 0 to 1 (1 = the ideal)",
  promethee2: "net outranking flow, -1 to 1 (above 0 = outranks the others on balance)",
};

export const VARIANT_NAMES: Record<string, string> = {
  "wsm/minmax": "Weighted sum, min-max",
  "wsm/vector": "Weighted sum, vector",
  "topsis/vector": "TOPSIS, vector",
  "topsis/minmax": "TOPSIS, min-max",
  promethee2: "PROMETHEE II",
};

export const FACTOR_BASIS_NAMES: Record<string, string> = {
  indicators: "derived from indicators",
  user_assessment: "your assessment",
  neutral_default: "not measured: neutral 3 assumed",
};

/** The confidence rule, stated once: the summary applies it and the appendix prints it. */
export const CONFIDENCE_RULE =
  "Confidence is high when the recommended market ranks first in at least 80% of the Monte Carlo draws and every method variant puts it first; moderate when it ranks first in at least 50% of the draws; low otherwise, or when two markets tie for first place.";

export function confidenceLevel(probabilityFirst: number, sameLeader: boolean, tied: boolean): ConfidenceLevel {
  if (tied || probabilityFirst < 0.5) return "low";
  return probabilityFirst >= 0.8 && sameLeader ? "high" : "moderate";
}

export const REFERENCES = [
  `${formatCitation({ ...thesisCitation(), part: "section 2.6 and Tables 2-3" })}.`,
  "Gerschewski, S., Rose, E. L. & Lindsay, V. J. (2014). Understanding the drivers of international performance for born global firms: an integrated perspective. Journal of World Business.",
  "Dunning, J. H. (1980). Toward an eclectic theory of international production: some empirical tests. Journal of International Business Studies 11(1).",
  "Johanson, J. & Vahlne, J.-E. (1977). The internationalization process of the firm. Journal of International Business Studies 8(1).",
  "Johanson, J. & Mattsson, L.-G. (1988). Internationalisation in industrial systems: a network approach. In N. Hood & J.-E. Vahlne (eds.), Strategies in Global Competition.",
  "Williamson, O. E. (1985). The Economic Institutions of Capitalism. Free Press.",
  "Anderson, E. & Gatignon, H. (1986). Modes of foreign entry: a transaction cost analysis and propositions. Journal of International Business Studies 17(3).",
  "Porter, M. E. (1980). Competitive Strategy. Free Press.",
  "Ghemawat, P. (2001). Distance still matters: the hard reality of global expansion. Harvard Business Review 79(8).",
  "Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision Making: Methods and Applications. Springer (TOPSIS).",
  "Brans, J.-P. & Vincke, Ph. (1985). A preference ranking organisation method: the PROMETHEE method for multiple criteria decision-making. Management Science 31(6).",
  "Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill.",
  "Mareschal, B. (1988). Weight stability intervals in multicriteria decision aid. European Journal of Operational Research 33.",
  "Butler, J., Jia, J. & Dyer, J. (1997). Simulation techniques for the sensitivity analysis of multi-criteria decision models. European Journal of Operational Research 103.",
];

export function methodologyParagraphs(options: {
  method: string;
  samples: number;
  concentration: number;
  seed: number;
  ahp: boolean;
  /** What the Monte Carlo varied, in words (lib/workspace/monte-carlo-wording.ts). */
  monteCarlo: string;
}): { heading: string; text: string }[] {
  return [
    {
      heading: "Framework",
      text: "The report follows the framework the thesis adapts from Gerschewski et al. (2014): internal drivers (the firm's ownership advantages in Dunning's OLI terms) and external drivers (home-market push, host-market pull) shape the choice of business strategy and entry mode, which in turn drive international performance. Only the market-side groups rank markets: host market attractiveness, host regulation and governance, infrastructure readiness, proximity to the home market (after Ghemawat's CAGE distance) and competitive intensity. The firm's own drivers are the same for every market; they enter the entry-mode and strategy fit instead.",
    },
    {
      heading: "Ranking",
      text: `Each criterion is an indicator with a direction (benefit or cost), a unit and, per market, a value with its year and source. Group weights and the weights within each group multiply into global weights. The chosen method here is ${METHOD_NAMES[options.method] ?? options.method}. The weighted sum normalizes every criterion (min-max by default) and adds the weighted values; TOPSIS (Hwang & Yoon 1981) ranks by closeness to an ideal and distance from an anti-ideal market; PROMETHEE II (Brans & Vincke 1985) ranks by net outranking flows from pairwise preferences. Each indicator is normalized over every market in the data set, not only the ones compared; a criterion known for fewer than the coverage threshold of the compared markets (50% unless changed) is left out, and a remaining gap counts as the average of the markets that report it, so a gap never helps a market. A missing value is never read as zero. PROMETHEE II uses the preference function chosen for each criterion (Brans & Vincke's six types), with thresholds from the criterion's spread unless set.${options.ahp ? " The weights were derived from pairwise comparisons with the Analytic Hierarchy Process (Saaty 1980); a consistency ratio above 0.10 flags judgements to revisit." : ""}`,
    },
    {
      heading: "Robustness",
      text: `Stability intervals (Mareschal 1988) show how far each weight can move, the others rescaled, before the top-ranked market changes; the smallest such change is stated in words. Monte Carlo simulation (Butler, Jia & Dyer 1997): ${options.monteCarlo} It counts how often each market takes each rank; the seed makes the run reproducible. The ranking is also recomputed with five method variants to see whether they agree on the leader. ${CONFIDENCE_RULE}`,
    },
    {
      heading: "Entry mode and strategy",
      text: "For the recommended market, an explicit, editable table of theory-grounded effects links eighteen factors (the firm's drivers, resources, risk appetite and urgency; the market's attractiveness, regulation, infrastructure, distances, competition and ownership restrictions), each rated 1 to 5 with 3 as neutral, to six entry modes and four strategies. Each link cites its theory: OLI (Dunning), transaction cost economics (Williamson; Anderson & Gatignon), the Uppsala model (Johanson & Vahlne), the network model (Johanson & Mattsson), the resource-based view, host and home regulation, and Porter's (1980) generic strategies plus localization as the thesis uses it. A score of 50 is neutral; every recommendation lists the factors that pushed it up or down and the precedent from the Alibaba cases (Russia from 2010-2012, Southeast Asia from 2016). Factors that were not measured are set to the neutral 3 and listed as assumptions.",
    },
    {
      heading: "Data",
      text: "Every figure comes from the data set version named on the cover, with the year it refers to and its source; the sources section lists them all. The results are frozen when the scenario is saved, so the report can be reproduced later from the JSON export.",
    },
  ];
}

/** The names above in the report's language (report.json sentencesB.names); English word for word. */
export function methodNames(t: ReportT) {
  return {
    method: (method: string) => t("sentencesB.names.method", { method }),
    normalization: (normalization: string) => t("sentencesB.names.normalization", { normalization }),
    missingPolicy: (policy: string) => t("sentencesB.names.missingPolicy", { policy }),
    scoreMeaning: (method: string) => t("sentencesB.names.scoreMeaning", { method }),
    // ICU select keys cannot hold "/": "wsm/minmax" is asked for as "wsm_minmax".
    variant: (key: string) => t("sentencesB.names.variant", { variant: key.replace("/", "_") }),
  };
}

/** What a Monte Carlo run varied and how, in the report's language (the workspace's wording). */
export function monteCarloSentence(t: ReportT, locale: Locale, mc: MonteCarloEcho): string {
  const count = (n: number) => new Intl.NumberFormat(LANGUAGE_TAGS[locale]).format(n);
  const common = { samples: count(mc.samples), concentration: count(mc.concentration), seed: String(mc.seed) };
  const varied = mc.valuesVaried ?? 0;
  if (varied === 0) return t("sentencesB.monteCarlo.weightsOnly", common);
  return t("sentencesB.monteCarlo.both", {
    ...common,
    values: count(varied),
    how: mc.valueDistribution === "normal" ? "normal" : "uniform",
  });
}
