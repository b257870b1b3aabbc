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

/**
 * The methodology appendix in the report's language (report.json methodologyText; the English
 * there is this appendix word for word). The method's name and what the Monte Carlo varied come
 * worded by the caller.
 */
export function methodologyParagraphs(
  t: ReportT,
  options: { method: string; ahp: boolean; monteCarlo: string },
): { heading: string; text: string }[] {
  const text = (key: "framework" | "entry" | "data") => ({
    heading: t(`methodologyText.headings.${key}`),
    text: t(`methodologyText.${key}`),
  });
  return [
    text("framework"),
    {
      heading: t("methodologyText.headings.ranking"),
      text: t("methodologyText.ranking", {
        method: methodNames(t).method(options.method),
        ahpNote: options.ahp ? t("methodologyText.ahpNote") : "",
      }),
    },
    {
      heading: t("methodologyText.headings.robustness"),
      text: t("methodologyText.robustness", {
        monteCarlo: options.monteCarlo,
        confidenceRule: t("methodologyText.confidenceRule"),
      }),
    },
    text("entry"),
    text("data"),
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
