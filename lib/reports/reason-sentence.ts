import { formatNumber } from "@/lib/format";
import { effectOf, type RuleDirection } from "@/lib/scoring/fit/reasons";
import { NEUTRAL_FACTOR_VALUE } from "@/lib/scoring/fit/factors";

import type { ReportT } from "./i18n";

// The one place a fit reason becomes words (issue 11 §1): the report in every format, the
// entry-mode and strategy pages and the saved scenario page all print what this writes, so a
// reason can never again say "lowers it" while its factor added to the score.
//
// The verb comes from the sign of the contribution (what happened here); the rule's own direction
// (what a HIGH value does, data/framework/effects.csv) only explains it. A rule "a higher value
// lowers the fit" whose factor is low therefore reads "adds …: a low value favours it, since a
// higher value lowers its fit", followed by the rule's rationale. Pure; plain text, each renderer
// escapes it.

export type ReasonForSentence = {
  /** The factor's name as the reader knows it ("Institutional openness"), or its key. */
  factor: string;
  /** The factor's rating, 1-5 (3 = neutral). */
  value: number;
  /** What the factor added to the option's fit (sign(rule) × strength × (value − 3) / 2). */
  contribution: number;
  /** The rule's own direction: what a high value does. */
  ruleDirection: RuleDirection;
  strength: number;
  theory: string;
  rationale: string;
};

export type ReasonSentenceOptions = {
  /** The option's name ("Cross-border export"); "this option" when not given. */
  target?: string;
  /** Append the rule's rationale (default true). A table cell leaves it out. */
  rationale?: boolean;
  /**
   * The sentence in another language: the report catalogue's translator (lib/reports/i18n.ts) and
   * the locale's number format (lib/format.ts). English, as written below, when not given.
   */
  words?: { t: ReportT; formatNumber: (value: number, decimals?: number) => string };
};

/** Plain words for the table's strengths 1-3 (no "strength 2" jargon in the text, issue 11 §5). */
export const EFFECT_STRENGTH_WORDS: Readonly<Record<number, string>> = { 1: "weak", 2: "moderate", 3: "strong" };

const strengthWord = (strength: number) => EFFECT_STRENGTH_WORDS[strength] ?? `strength ${formatNumber(strength, 2)}`;

/**
 * Everything after the factor's name: "at 1.4 of 5 adds 0.78: a low value favours cross-border
 * export, since a higher value lowers its fit (TCE, weak effect)." Pages put a link on the name.
 */
export function reasonEffectText(reason: ReasonForSentence, options: ReasonSentenceOptions = {}): string {
  if (options.words) return translatedEffectText(reason, options, options.words);
  const target = options.target ?? "this option";
  const at = `at ${formatNumber(reason.value, 1)} of 5`;
  const effect = effectOf(reason.contribution);
  if (effect === "neutral") {
    return `${at} has no effect on ${target}: it sits at, or within rounding of, the neutral ${NEUTRAL_FACTOR_VALUE}.`;
  }
  const size = formatNumber(Math.abs(reason.contribution), 2);
  const level = reason.value > NEUTRAL_FACTOR_VALUE ? "high" : "low";
  const rule = `a higher value ${reason.ruleDirection === "raises" ? "raises" : "lowers"} its fit`;
  const why = `(${reason.theory}, ${strengthWord(reason.strength)} effect)`;
  return effect === "raises"
    ? `${at} adds ${size}: a ${level} value favours ${target}, since ${rule} ${why}.`
    : `${at} takes ${size} off: a ${level} value counts against ${target}, since ${rule} ${why}.`;
}

/**
 * The whole reason: "Institutional openness at 1.4 of 5 adds 0.78: a low value favours
 * cross-border export, since a higher value lowers its fit (TCE, weak effect). Under weak
 * institutions, …".
 */
export function reasonSentence(reason: ReasonForSentence, options: ReasonSentenceOptions = {}): string {
  const main = options.words
    ? options.words.t("sentencesA.reason.sentence", {
        factor: reason.factor,
        effect: reasonEffectText(reason, options),
      })
    : `${reason.factor} ${reasonEffectText(reason, options)}`;
  return options.rationale === false ? main : `${main} ${reason.rationale}`;
}

/** reasonEffectText in the report's language (messages/<locale>/report.json, sentencesA.reason). */
function translatedEffectText(
  reason: ReasonForSentence,
  options: ReasonSentenceOptions,
  { t, formatNumber: number }: NonNullable<ReasonSentenceOptions["words"]>,
): string {
  const target = options.target ?? t("sentencesA.reason.thisOption");
  const value = number(reason.value, 1);
  const effect = effectOf(reason.contribution);
  if (effect === "neutral") return t("sentencesA.reason.neutral", { value, target, neutral: NEUTRAL_FACTOR_VALUE });
  const strength =
    reason.strength === 1
      ? t("sentencesA.reason.strength.weak")
      : reason.strength === 2
        ? t("sentencesA.reason.strength.moderate")
        : reason.strength === 3
          ? t("sentencesA.reason.strength.strong")
          : t("sentencesA.reason.strength.other", { value: number(reason.strength, 2) });
  const args = {
    value,
    size: number(Math.abs(reason.contribution), 2),
    level: reason.value > NEUTRAL_FACTOR_VALUE ? "high" : "low",
    target,
    rule: reason.ruleDirection === "raises" ? "raises" : "lowers",
    theory: reason.theory,
    strength,
  };
  return effect === "raises" ? t("sentencesA.reason.raises", args) : t("sentencesA.reason.lowers", args);
}
