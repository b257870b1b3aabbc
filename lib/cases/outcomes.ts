import type { EntryCase } from "@/lib/contracts/cases";

// How a documented entry went, in words, and which outcomes count as going badly: the firm left
// the market (exited) or sold the business there. A change of mode is shown apart: some were a
// retreat (Amazon China to cross-border only), some a step up (a partner bought out).

export type EntryOutcome = EntryCase["outcome"];

export const OUTCOME_LABELS: Record<EntryOutcome, string> = {
  stayed: "Stayed",
  exited: "Exited",
  sold: "Sold",
  changed_mode: "Changed mode",
  unknown: "Outcome unknown",
};

export function wentBadly(outcome: EntryOutcome): boolean {
  return outcome === "exited" || outcome === "sold";
}

/** "Exited in 2022", "Stayed", "Changed mode in 2019". */
export function outcomeText(outcome: EntryOutcome, year: number | null | undefined): string {
  return year && outcome !== "stayed" && outcome !== "unknown"
    ? `${OUTCOME_LABELS[outcome]} in ${year}`
    : OUTCOME_LABELS[outcome];
}
