"use client";

import { useTranslations } from "next-intl";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge } from "@/components/ui/page-header";
import type { Consistency } from "@/lib/contracts/decisions";
import { positionOf } from "@/lib/workspace/ahp-judgements";

interface Props {
  consistency: Consistency;
  /** Criterion key → name. */
  names: Record<string, string>;
  onRevisit?: () => void;
  onUseSuggestion?: () => void;
}

/**
 * A member's consistency ratio (Saaty 1980: CR ≤ 0.1 acceptable) and, above it, the judgement to
 * revisit first with the value the other judgements imply.
 */
export function ConsistencyLine({ consistency, names, onRevisit, onUseSuggestion }: Props) {
  const t = useTranslations("decisions.mine");
  const w = useTranslations("workspace");
  const { formatNumber } = useFormatters();
  const cr = formatNumber(consistency.cr, 3);
  if (consistency.consistent) {
    return (
      <p className="mt-3 text-sm text-emerald-900" role="status" data-testid="my-consistency">
        <Badge tone="green">{t("consistentBadge")}</Badge> {t("consistent", { cr })}
      </p>
    );
  }
  const [a, b] = consistency.worstPair ?? [null, null];
  const first = a ? (names[a] ?? a) : null;
  const second = b ? (names[b] ?? b) : null;
  const suggested = consistency.suggestedValue;
  const p = suggested === undefined ? null : positionOf(suggested);
  const judgement =
    first && second && p !== null
      ? p === 0
        ? w("ahp.equal", { first, second })
        : w("ahp.judgement", {
            more: p > 0 ? first : second,
            less: p > 0 ? second : first,
            intensity: String(Math.abs(p) + 1),
          })
      : null;
  return (
    <div
      role="alert"
      className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="my-consistency"
    >
      <p className="font-semibold">{t("inconsistent", { cr })}</p>
      {first && second ? <p className="mt-1">{t("revisitPair", { first, second })}</p> : null}
      {judgement ? <p className="mt-1">{t("implied", { judgement })}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {onRevisit ? (
          <button
            type="button"
            onClick={onRevisit}
            className="rounded border border-amber-500 bg-white px-2 py-1 text-xs font-medium hover:bg-amber-100"
          >
            {t("goTo")}
          </button>
        ) : null}
        {onUseSuggestion && judgement ? (
          <button
            type="button"
            onClick={onUseSuggestion}
            className="rounded border border-amber-500 bg-white px-2 py-1 text-xs font-medium hover:bg-amber-100"
          >
            {t("useImplied")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
