import type { EntryModeBacktest, EntryModeScoreUncertaintyRecord, Hits } from "@/lib/contracts/case-library";
import type { EntryModeCalibration } from "@/lib/contracts/cases";
import { formatNumber, formatPercent } from "@/lib/format";
import { entryModeScoreUncertainty, type EntryModeScoreUncertainty } from "@/lib/scoring/fit/score-uncertainty";

// The leave-one-out backtest of the entry-mode model (data/framework/entry-mode-calibration.json,
// docs/decisions/012-entry-mode-calibration.md) in the form the API, the "How good is this model?"
// page and the report show, with the sentences a board member reads. Counts are taken from the
// file's per-case predictions, so every share shown is an exact "k of n". Pure.

type Prediction = EntryModeCalibration["leaveOneOut"]["predictions"][number];

function hits(predictions: readonly Prediction[], hit: (p: Prediction) => boolean): Hits {
  const k = predictions.filter(hit).length;
  return { hits: k, cases: predictions.length, share: predictions.length === 0 ? 0 : k / predictions.length };
}

const top1 = (p: Prediction) => p.predicted[0] === p.actual;
const top2 = (p: Prediction) => p.predicted.slice(0, 2).includes(p.actual);

const FAMILY_WORDS: Record<string, string> = {
  hand_set: "the hand-set strengths of decision record 005, unchanged",
  per_theory: "the hand-set strengths with one fitted multiplier per theory",
  per_factor: "the hand-set strengths with one fitted multiplier per factor",
  per_row: "a fitted strength for every effect",
};

export function modelDescription(settings: EntryModeCalibration["settings"]): string {
  const family = FAMILY_WORDS[settings.family] ?? settings.family;
  const offsets = settings.offsets ? ", plus a fitted offset per entry mode" : "";
  return `${family}${offsets} (family ${settings.family}${settings.offsets ? "+offsets" : ""}, ridge λ ${settings.lambda}, logit scale ${settings.temperature}), chosen by cross-validation on all cases`;
}

const share = (h: Hits) => formatPercent(h.share, 1);
const times = (n: number) => (n === 1 ? "once" : `${n} times`);

export function entryModeBacktest(file: EntryModeCalibration, nameOf: (mode: string) => string): EntryModeBacktest {
  const loo = file.leaveOneOut.predictions;
  const modes = Object.keys(file.leaveOneOut.perMode);
  const outOfSample = { cases: loo.length, top1: hits(loo, top1), top2: hits(loo, top2) };
  const baseRate = {
    top1: hits(loo, (p) => p.baseline === p.actual),
    top2: hits(loo, (p) => p.baselineTop2.includes(p.actual)),
    mostCommon: file.noInformation.mostCommon.map((mode) => ({ mode, name: nameOf(mode) })),
  };
  const beatsBaseRate = {
    top1: outOfSample.top1.hits > baseRate.top1.hits,
    top2: outOfSample.top2.hits > baseRate.top2.hits,
  };
  const inSample = { top1: hits(file.inSample.predictions, top1), top2: hits(file.inSample.predictions, top2) };
  const backtest: Omit<EntryModeBacktest, "summary"> = {
    inputsHash: file.inputsHash,
    method: file.method,
    model: {
      family: file.settings.family,
      offsets: file.settings.offsets,
      lambda: file.settings.lambda,
      temperature: file.settings.temperature,
      description: modelDescription(file.settings),
    },
    outOfSample,
    baseRate,
    beatsBaseRate,
    perMode: modes.map((mode) => {
      const own = loo.filter((p) => p.actual === mode);
      return { mode, name: nameOf(mode), top1: hits(own, top1), top2: hits(own, top2) };
    }),
    confusion: {
      modes: modes.map((mode) => ({ mode, name: nameOf(mode) })),
      counts: modes.map((actual) =>
        modes.map((first) => loo.filter((p) => p.actual === actual && p.predicted[0] === first).length),
      ),
    },
    inSample,
  };
  return { ...backtest, summary: backtestSummary(backtest), scoreUncertainty: scoreUncertaintyOf(file) };
}

/** The score uncertainty of the file's leave-one-out backtest, with its basis in words; null without held-out scores. */
export function scoreUncertaintyOf(
  file: Pick<EntryModeCalibration, "leaveOneOut">,
): EntryModeScoreUncertaintyRecord | null {
  const u = entryModeScoreUncertainty(file.leaveOneOut.predictions);
  return u ? { ...u, basis: scoreUncertaintyBasis(u) } : null;
}

/** "± 11.7 points": how the report and the pages print the uncertainty next to a score. */
export const scorePlusMinus = (points: number) => `± ${formatNumber(points, 1)}`;

/**
 * "In 27 of the 52 documented entries the model had not seen, the mode the firm chose scored
 * within 11.7 points of the model's first choice (it was the first choice in 14). …"
 */
export function scoreUncertaintyBasis(u: EntryModeScoreUncertainty): string {
  const points = formatNumber(u.points, 1);
  return `In ${u.within} of the ${u.cases} documented entries the model had not seen, the entry mode the firm chose scored within ${points} points of the model's first choice (it was the first choice in ${u.firstChoiceRight}). Modes that score within ${points} points of the first are therefore tied within the model's error: the backtest cannot tell them apart.`;
}

/** "Cross-border export, strategic partnership and acquisition stake": names joined for a sentence. */
function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * The sentence next to the entry-mode ranking: which modes the model cannot tell apart, or that
 * the first stands clear of the rest. `tied` are the names within the uncertainty of the first, best first.
 */
export function tiedModesSentence(tied: readonly string[], points: number, clearOf?: string): string {
  const band = `${formatNumber(points, 1)} points`;
  if (tied.length >= 2) {
    const all = tied.length === 2 ? "both" : `all ${tied.length}`;
    return `${joinNames(tied)} are within the model's error of each other (scores within ${band} of the first): ${all} remain open, and the ranking among them is not a finding.`;
  }
  return `${tied[0] ?? "The first mode"} leads ${clearOf ? `${clearOf}, the next,` : "the next mode"} by more than the model's error (${band}).`;
}

/** The figures in plain words: what the page leads with and the API returns as `summary`. */
export function backtestSummary(b: Omit<EntryModeBacktest, "summary">): string[] {
  const { outOfSample: o, baseRate: base } = b;
  const [first] = base.mostCommon;
  const lines = [
    `On ${o.cases} documented entries it had not seen, the model's first choice matched what the firm did ${times(o.top1.hits)} (${share(o.top1)}); always naming ${first ? `${first.name.toLowerCase()}, the most common mode,` : "the most common mode"} would have matched ${base.top1.hits} (${share(base.top1)}).`,
    `Its first two choices included what the firm did ${times(o.top2.hits)} (${share(o.top2)}); always naming the two most common modes would have matched ${base.top2.hits} (${share(base.top2)}).`,
    b.beatsBaseRate.top1
      ? `Its first choice beats always naming the most common mode by ${o.top1.hits - base.top1.hits} of ${o.cases} entries.`
      : `On entries it has not seen, the model's first choice does not beat always naming the most common mode. Read its ranking as the theories' arguments laid out for your firm and market, not as a forecast of what works.`,
    `The target is a top-2 match of 70% or more; it reaches ${share(o.top2)}.`,
    `Fitted and scored on the same entries it matches ${b.inSample.top1.hits} first choices (${share(b.inSample.top1)}): that is in sample, an upper bound, not a test. The thesis replays (Alibaba in Russia, 2012, and in Southeast Asia, 2016) are among the documented entries the model was calibrated on, so they are in sample too.`,
  ];
  return lines;
}

/** One sentence for next to an entry-mode recommendation (the report). */
export function backtestSentence(b: EntryModeBacktest): string {
  const { outOfSample: o, baseRate: base } = b;
  const verdict = b.beatsBaseRate.top1 ? "better than" : "no better than";
  return `Tested on ${o.cases} documented entries it had not seen, the model's first choice matched the firm's actual entry mode in ${share(o.top1)} of them and its first two choices in ${share(o.top2)}, against ${share(base.top1)} and ${share(base.top2)} for always naming the most common modes: ${verdict} that base rate.`;
}
