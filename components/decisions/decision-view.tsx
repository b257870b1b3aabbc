"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useState } from "react";

import { Card } from "@/components/ui/page-header";
import type { Decision, DecisionUnchanged } from "@/lib/contracts/decisions";

import { useDecisionApi } from "./api";
import { FreezePanel } from "./freeze-panel";
import { GroupResultView } from "./group-result";
import { MyWeighting, type CriterionInfo } from "./my-weighting";
import { ParticipantsPanel } from "./participants-panel";
import { StatusBadge } from "./status-badge";
import { useDecisionLive } from "./use-decision-live";

interface Props {
  initial: Decision;
  info: CriterionInfo;
  /** The home market's name, in the reader's language. */
  homeName: string;
}

/**
 * One decision as the person asking may see it, kept current: the set-up, who has submitted
 * (live), their own private weighting, and after the reveal the group result and freezing. The
 * server decides what each person sees (`you`, `mine`, `result`); this only lays it out.
 */
export function DecisionView({ initial, info, homeName }: Props) {
  const t = useTranslations("decisions.view");
  const api = useDecisionApi();
  const [decision, setDecision] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  // "A, B and C" / "A、B和C" / "A, B и C": the reader's way of writing a list.
  const list = new Intl.ListFormat(useLocale(), { type: "conjunction" });

  const reload = useCallback(async (): Promise<Decision | null> => {
    const answer = await api<Decision | DecisionUnchanged>(`/${initial.id}`);
    if (!answer.ok) {
      setProblem(answer.message);
      return null;
    }
    if ("unchanged" in answer.data) return null;
    setProblem(null);
    setDecision(answer.data);
    return answer.data;
  }, [api, initial.id]);
  const live = useDecisionLive(initial.id, decision.revision, () => void reload());

  const { setup, labels } = decision;
  const weighing = decision.you.isParticipant && decision.you.canSubmit && decision.status !== "frozen";

  return (
    <div className="space-y-6">
      <Card>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={decision.status} />
          <span className="text-sm text-slate-700">{t("facilitator", { name: decision.facilitator.name })}</span>
        </div>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold text-slate-900">{t("markets")}</dt>
          <dd className="text-slate-800">{list.format(labels.markets.map((m) => m.name))}</dd>
          <dt className="font-semibold text-slate-900">{t("criteria")}</dt>
          <dd className="text-slate-800">
            {labels.group ? t("indicatorsOf", { group: labels.group.name }) : t("groups")}{" "}
            {list.format(labels.criteria.map((c) => c.name))}
          </dd>
          <dt className="font-semibold text-slate-900">{t("method")}</dt>
          <dd className="text-slate-800">
            {setup.method === "direct" ? t("direct") : t("ahp", { aggregation: setup.aggregation })}
          </dd>
          <dt className="font-semibold text-slate-900">{t("firm")}</dt>
          <dd className="text-slate-800">
            {t("home", { home: homeName })} {setup.firmProfile ? t("withFirm") : t("noFirm")}
          </dd>
        </dl>
        {decision.status === "open" ? <p className="mt-3 text-xs text-slate-600">{t("private")}</p> : null}
      </Card>
      {problem ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {problem}
        </p>
      ) : null}
      <ParticipantsPanel decision={decision} live={live} onChanged={setDecision} onReload={reload} />
      {decision.result ? <GroupResultView result={decision.result} /> : null}
      <FreezePanel decision={decision} onChanged={setDecision} onReload={reload} />
      {weighing ? (
        <MyWeighting decision={decision} info={info} onSaved={setDecision} onReload={reload} />
      ) : decision.status === "open" && !decision.you.isParticipant ? (
        <p className="text-sm text-slate-700">{t("notParticipant")}</p>
      ) : null}
    </div>
  );
}
