"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge, Card } from "@/components/ui/page-header";
import { DECISION_PARTICIPANTS_MIN, type Decision } from "@/lib/contracts/decisions";

import { useDecisionApi } from "./api";
import type { LiveMode } from "./use-decision-live";

interface Props {
  decision: Decision;
  live: LiveMode;
  onChanged: (decision: Decision) => void;
  onReload: () => Promise<Decision | null>;
}

/**
 * Who takes part and who has submitted, kept current without a reload (issue 13 §4.6); for the
 * facilitator, "Reveal" once two inputs are in. Nobody's input shows here: only that it exists.
 */
export function ParticipantsPanel({ decision, live, onChanged, onReload }: Props) {
  const t = useTranslations("decisions.people");
  const api = useDecisionApi();
  const { formatDateTime, formatPercent } = useFormatters();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submitted = decision.participants.filter((p) => p.submittedAt !== null).length;
  const totalSay = decision.participants.reduce((s, p) => s + p.weight, 0);
  const equalSay = decision.participants.every((p) => p.weight === decision.participants[0]?.weight);

  const reveal = async () => {
    setBusy(true);
    setProblem(null);
    const answer = await api<Decision>(`/${decision.id}/reveal`, {
      method: "POST",
      body: { baseVersion: decision.version },
    });
    setBusy(false);
    if (answer.ok) onChanged(answer.data);
    else if (answer.status === 409) {
      setProblem(t("revealConflict"));
      await onReload();
    } else setProblem(answer.message);
  };

  return (
    <Card>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
        <p className="text-xs text-slate-600" data-testid="live-mode">
          {t(`live.${live}`)}
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-700" role="status" aria-live="polite" data-testid="submitted-count">
        {t("submitted", { submitted, participants: decision.participants.length })}
      </p>
      <ul className="mt-3 divide-y divide-slate-100 text-sm" aria-label={t("listLabel")}>
        {decision.participants.map((p) => (
          <li
            key={p.userId}
            className="flex flex-wrap items-center justify-between gap-2 py-2"
            data-testid="participant"
            data-submitted={p.submittedAt ? "yes" : "no"}
          >
            <span>
              <span className="font-medium text-slate-900">{p.name || p.email}</span>
              {p.userId === decision.you.userId ? (
                <span className="ml-1 text-xs text-slate-600">{t("you")}</span>
              ) : null}
              {p.role ? <span className="ml-1 text-xs text-slate-600">({t(`role.${p.role}`)})</span> : null}
              {!equalSay && totalSay > 0 ? (
                <span className="ml-1 text-xs text-slate-600">
                  {t("say", { share: formatPercent(p.weight / totalSay, 0) })}
                </span>
              ) : null}
            </span>
            {p.submittedAt ? (
              <Badge tone="green">{t("hasSubmitted", { when: formatDateTime(p.submittedAt) })}</Badge>
            ) : (
              <Badge>{t("waiting")}</Badge>
            )}
          </li>
        ))}
      </ul>
      {decision.you.canReveal && decision.status === "open" ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <button
            type="button"
            onClick={() => void reveal()}
            disabled={busy || submitted < DECISION_PARTICIPANTS_MIN}
            className="bg-brand-700 hover:bg-brand-900 rounded px-4 py-2 text-sm font-medium text-white disabled:cursor-not-allowed disabled:bg-slate-400"
          >
            {busy ? t("revealing") : t("reveal")}
          </button>
          <p className="mt-2 text-xs text-slate-600">
            {submitted < DECISION_PARTICIPANTS_MIN
              ? t("revealNeeds", { min: DECISION_PARTICIPANTS_MIN })
              : t("revealHelp", { missing: decision.participants.length - submitted })}
          </p>
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          {problem}
        </p>
      ) : null}
    </Card>
  );
}
