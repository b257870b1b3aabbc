"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Card } from "@/components/ui/page-header";
import type { Decision } from "@/lib/contracts/decisions";
import { Link } from "@/lib/i18n/navigation";

import { useDecisionApi } from "./api";

interface Props {
  decision: Decision;
  onChanged: (decision: Decision) => void;
  onReload: () => Promise<Decision | null>;
}

/**
 * Freezing (issue 13 §4.5): the facilitator turns the revealed result into a scenario that keeps
 * each member's input as a revision, optionally with the members' names hidden in its report;
 * once frozen, everyone gets the links to the scenario and its report.
 */
export function FreezePanel({ decision, onChanged, onReload }: Props) {
  const t = useTranslations("decisions.freezeForm");
  const api = useDecisionApi();
  const { formatDateTime } = useFormatters();
  const ids = { name: useId(), hide: useId() };
  const [name, setName] = useState(decision.name);
  const [hideNames, setHideNames] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (decision.status === "frozen" && decision.scenarioId) {
    return (
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("frozenHeading")}</h2>
        <p className="mt-1 text-sm text-slate-700">
          {t("frozenLead", { when: decision.frozenAt ? formatDateTime(decision.frozenAt) : "" })}
        </p>
        <div className="mt-3 flex flex-wrap gap-3 text-sm">
          <Link
            href={`/scenarios/${decision.scenarioId}`}
            className="bg-brand-700 hover:bg-brand-900 rounded px-3 py-2 font-medium text-white"
          >
            {t("openScenario")}
          </Link>
          <Link
            href={`/scenarios/${decision.scenarioId}/report`}
            className="text-brand-800 border-brand-700 hover:bg-brand-50 rounded border bg-white px-3 py-2 font-medium"
          >
            {t("openReport")}
          </Link>
        </div>
      </Card>
    );
  }
  if (!decision.you.canFreeze) return null;

  const freeze = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const scenarioName = name.trim();
    const answer = await api<Decision>(`/${decision.id}/freeze`, {
      method: "POST",
      body: {
        baseVersion: decision.version,
        hideNames,
        ...(scenarioName && scenarioName !== decision.name ? { scenarioName } : {}),
      },
    });
    setBusy(false);
    if (answer.ok) onChanged(answer.data);
    else if (answer.status === 409) {
      setProblem(t("conflict"));
      await onReload();
    } else setProblem(answer.message);
  };

  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
      <form onSubmit={freeze} className="mt-3 space-y-3">
        <div>
          <label htmlFor={ids.name} className="block text-sm font-semibold text-slate-900">
            {t("name")}
          </label>
          <input
            id={ids.name}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.currentTarget.value)}
            className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
          />
        </div>
        <label htmlFor={ids.hide} className="flex items-start gap-2 text-sm">
          <input
            id={ids.hide}
            type="checkbox"
            className="mt-1"
            checked={hideNames}
            onChange={(e) => setHideNames(e.currentTarget.checked)}
          />
          <span>
            {t("hideNames")}
            <span className="block text-xs text-slate-600">{t("hideNamesHelp")}</span>
          </span>
        </label>
        <button
          type="submit"
          disabled={busy}
          className="bg-brand-700 hover:bg-brand-900 rounded px-4 py-2 text-sm font-medium text-white disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          {busy ? t("freezing") : t("submit")}
        </button>
      </form>
      {problem ? (
        <p role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          {problem}
        </p>
      ) : null}
    </Card>
  );
}
