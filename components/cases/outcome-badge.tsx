import { useTranslations } from "next-intl";

import { type EntryOutcome, wentBadly } from "@/lib/cases/outcomes";

// An entry's outcome as a badge: exits and sales in red, changes of mode in amber, so the
// entries that went badly stand out in any list (the words carry it too, not only the colour).

const TONES: Record<EntryOutcome, string> = {
  stayed: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  exited: "bg-red-50 text-red-900 ring-red-300",
  sold: "bg-red-50 text-red-900 ring-red-300",
  changed_mode: "bg-amber-50 text-amber-900 ring-amber-300",
  unknown: "bg-slate-100 text-slate-700 ring-slate-300",
};

/** "Exited in 2022", "Stayed", "Changed mode in 2019", in the reader's language. */
export function useOutcomeText() {
  const t = useTranslations("cases");
  return (outcome: EntryOutcome, year: number | null | undefined) =>
    year && outcome !== "stayed" && outcome !== "unknown"
      ? t("outcomeInYear", { outcome: t(`outcomes.${outcome}`), year: String(year) })
      : t(`outcomes.${outcome}`);
}

export function OutcomeBadge({ outcome, year }: { outcome: EntryOutcome; year?: number | null }) {
  const outcomeText = useOutcomeText();
  return (
    <span
      data-outcome={outcome}
      className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[outcome]}`}
    >
      {wentBadly(outcome) ? <span aria-hidden="true">▼&nbsp;</span> : null}
      {outcomeText(outcome, year)}
    </span>
  );
}
