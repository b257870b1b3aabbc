"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Card } from "@/components/ui/page-header";
import { WeightSlider } from "@/components/workspace/weight-slider";
import type { Decision, DecisionInput, MemberPreview } from "@/lib/contracts/decisions";
import { comparisonPairs, judgementValue, positionOf } from "@/lib/workspace/ahp-judgements";

import { useDecisionApi } from "./api";
import { ConsistencyLine } from "./consistency-line";
import { PairSlider } from "./pair-slider";
import { PreviewRanking } from "./preview-ranking";

/** Words about each criterion for its slider: one line, and a definition behind "About". */
export type CriterionInfo = Record<string, { summary: string; help: string }>;

interface Props {
  decision: Decision;
  info: CriterionInfo;
  /** The decision as the server answered a save. */
  onSaved: (decision: Decision) => void;
  /** Reads the decision again (after a 409, to load what was saved elsewhere). */
  onReload: () => Promise<Decision | null>;
}

type Draft = { method: "direct"; raw: number[] } | { method: "ahp"; positions: number[] };

const START_RAW = 0.5;

/** The draft a saved input stands for, or the neutral start: equal weights, every pair equal. */
function draftOf(decision: Decision): Draft {
  const keys = decision.setup.criteria.keys;
  const input = decision.mine?.input ?? null;
  if (decision.setup.method === "direct") {
    if (input?.method === "direct") {
      const values = keys.map((k) => input.weights[k] ?? 0);
      const top = Math.max(...values);
      // The sliders run 0-1; a saved input keeps its proportions, its largest weight at the top.
      return { method: "direct", raw: values.map((v) => (top > 0 ? v / top : START_RAW)) };
    }
    return { method: "direct", raw: keys.map(() => START_RAW) };
  }
  const pairs = comparisonPairs(keys.length);
  if (input?.method === "ahp" && input.judgements.length === pairs.length) {
    return { method: "ahp", positions: input.judgements.map(positionOf) };
  }
  return { method: "ahp", positions: pairs.map(() => 0) };
}

function inputOf(keys: readonly string[], draft: Draft): DecisionInput {
  return draft.method === "direct"
    ? { method: "direct", weights: Object.fromEntries(keys.map((k, i) => [k, draft.raw[i]!])) }
    : { method: "ahp", judgements: draft.positions.map(judgementValue) };
}

/**
 * A participant's private weighting (issue 13 §4.2): sliders for direct weights, or pairwise
 * comparisons with the consistency ratio for AHP; their own ranking of the markets as they work
 * (POST …/preview, nothing stored); Save (PUT …/input with the version read: 409 when it was saved
 * elsewhere meanwhile, and then the draft here stays until the person chooses).
 */
export function MyWeighting({ decision, info, onSaved, onReload }: Props) {
  const t = useTranslations("decisions.mine");
  const api = useDecisionApi();
  const { formatPercent, formatDateTime } = useFormatters();
  const keys = decision.setup.criteria.keys;
  const names = useMemo(
    () => Object.fromEntries(decision.labels.criteria.map((c) => [c.key, c.name])),
    [decision.labels.criteria],
  );
  const [draft, setDraft] = useState<Draft>(() => draftOf(decision));
  const [baseVersion, setBaseVersion] = useState(decision.mine?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [preview, setPreview] = useState<MemberPreview | null>(decision.mine?.preview ?? null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  // Before a first save there is no stored preview: rank the neutral start at once.
  const [wanted, setWanted] = useState(decision.mine?.preview == null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<
    { kind: "saved" } | { kind: "conflict"; currentVersion: number } | { kind: "error"; message: string } | null
  >(null);
  const input = useMemo(() => inputOf(keys, draft), [keys, draft]);
  const pairs = useMemo(() => comparisonPairs(keys.length), [keys.length]);
  const pairRefs = useRef<(HTMLInputElement | null)[]>([]);

  // The member's own ranking follows the draft, a moment after the last move.
  useEffect(() => {
    if (!dirty && !wanted) return;
    let live = true;
    const timer = setTimeout(() => {
      void api<MemberPreview>(`/${decision.id}/preview`, { method: "POST", body: input }).then((answer) => {
        if (!live) return;
        if (answer.ok) {
          setPreview(answer.data);
          setPreviewError(null);
          setWanted(false);
        } else setPreviewError(answer.message);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, decision.id, input, dirty, wanted]);

  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setOutcome(null);
  };

  const save = async (version = baseVersion) => {
    setSaving(true);
    const answer = await api<Decision>(`/${decision.id}/input`, {
      method: "PUT",
      body: { baseVersion: version, input },
    });
    setSaving(false);
    if (answer.ok) {
      setBaseVersion(answer.data.mine?.version ?? version + 1);
      setDirty(false);
      if (answer.data.mine?.preview) setPreview(answer.data.mine.preview);
      setOutcome({ kind: "saved" });
      onSaved(answer.data);
    } else if (answer.status === 409 && answer.currentVersion !== undefined) {
      setOutcome({ kind: "conflict", currentVersion: answer.currentVersion });
    } else {
      setOutcome({ kind: "error", message: answer.message });
    }
  };

  const loadSaved = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    setDraft(draftOf(fresh));
    setBaseVersion(fresh.mine?.version ?? 0);
    setPreview(fresh.mine?.preview ?? null);
    setDirty(false);
    setOutcome(null);
  };

  const total = draft.method === "direct" ? draft.raw.reduce((s, v) => s + v, 0) : 0;
  const submittedAt = decision.mine?.submittedAt ?? null;
  const worst = preview?.consistency?.worstPair;
  const worstIndex = worst ? pairs.findIndex(([i, j]) => keys[i] === worst[0] && keys[j] === worst[1]) : -1;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)] lg:items-start">
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
        <p className="mt-1 text-sm text-slate-700">
          {decision.setup.method === "direct" ? t("leadDirect") : t("leadAhp", { pairs: pairs.length })}
        </p>
        <p className="mt-1 text-xs text-slate-600">{t("private")}</p>
        <div className="mt-4 space-y-4">
          {draft.method === "direct"
            ? keys.map((key, i) => {
                const share = total > 0 ? formatPercent(draft.raw[i]! / total, 0) : null;
                return (
                  <WeightSlider
                    key={key}
                    name={names[key] ?? key}
                    value={draft.raw[i]!}
                    share={share}
                    valueText={share ?? t("zero")}
                    band={null}
                    summary={info[key]?.summary ?? ""}
                    help={<p>{info[key]?.help ?? ""}</p>}
                    level="group"
                    onChange={(value) =>
                      change({ method: "direct", raw: draft.raw.map((v, k) => (k === i ? value : v)) })
                    }
                  />
                );
              })
            : pairs.map(([i, j], k) => (
                <PairSlider
                  key={`${keys[i]}:${keys[j]}`}
                  ref={(el) => {
                    pairRefs.current[k] = el;
                  }}
                  first={names[keys[i]!] ?? keys[i]!}
                  second={names[keys[j]!] ?? keys[j]!}
                  position={draft.positions[k]!}
                  flagged={k === worstIndex && preview?.consistency?.consistent === false}
                  onChange={(p) =>
                    change({ method: "ahp", positions: draft.positions.map((v, x) => (x === k ? p : v)) })
                  }
                />
              ))}
        </div>
        <div className="mt-5 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <button
            type="button"
            onClick={() => void save()}
            disabled={saving || (!dirty && submittedAt !== null)}
            className="bg-brand-700 hover:bg-brand-900 rounded px-4 py-2 text-sm font-medium text-white disabled:cursor-not-allowed disabled:bg-slate-400"
          >
            {saving ? t("saving") : submittedAt ? t("saveAgain") : t("save")}
          </button>
          <p className="text-sm text-slate-700" role="status">
            {outcome?.kind === "saved"
              ? t("saved")
              : dirty
                ? t("unsaved")
                : submittedAt
                  ? t("submittedAt", { when: formatDateTime(submittedAt) })
                  : t("notYet")}
          </p>
        </div>
        {outcome?.kind === "conflict" ? (
          <div role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-semibold">{t("conflict")}</p>
            <p className="mt-1">{t("conflictHelp")}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => void loadSaved()}
                className="rounded border border-amber-500 bg-white px-2 py-1 text-xs font-medium hover:bg-amber-100"
              >
                {t("loadSaved")}
              </button>
              <button
                type="button"
                onClick={() => void save(outcome.currentVersion)}
                className="rounded border border-amber-500 bg-white px-2 py-1 text-xs font-medium hover:bg-amber-100"
              >
                {t("keepMine")}
              </button>
            </div>
          </div>
        ) : outcome?.kind === "error" ? (
          <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {outcome.message}
          </p>
        ) : null}
      </Card>
      <div className="space-y-4 lg:sticky lg:top-4">
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">{t("yourRanking")}</h2>
          {previewError ? (
            <p role="alert" className="mt-2 text-sm text-red-900">
              {previewError}
            </p>
          ) : null}
          {preview ? (
            <>
              <PreviewRanking ranking={preview.ranking} />
              <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("yourWeights")}</h3>
              <ul className="mt-1 space-y-0.5 text-sm tabular-nums">
                {keys.map((key) => (
                  <li key={key} className="flex justify-between gap-2">
                    <span>{names[key] ?? key}</span>
                    <span className="font-medium">{formatPercent(preview.weights[key] ?? 0, 1)}</span>
                  </li>
                ))}
              </ul>
              {preview.consistency ? (
                <ConsistencyLine
                  consistency={preview.consistency}
                  names={names}
                  onRevisit={worstIndex >= 0 ? () => pairRefs.current[worstIndex]?.focus() : undefined}
                  onUseSuggestion={
                    worstIndex >= 0 && preview.consistency.suggestedValue !== undefined && draft.method === "ahp"
                      ? () =>
                          change({
                            method: "ahp",
                            positions: draft.positions.map((v, x) =>
                              x === worstIndex ? positionOf(preview.consistency!.suggestedValue!) : v,
                            ),
                          })
                      : undefined
                  }
                />
              ) : null}
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-700">{t("moveToSee")}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
