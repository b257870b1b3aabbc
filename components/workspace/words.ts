// Sentences the workspace builds from the engine's keys and numbers, in the reader's language:
// why a criterion is left out, which weight preset the weights come from, the smallest weight
// change that changes the leader. Each takes the workspace translator, so the key check follows it.
import type { useTranslations } from "next-intl";

import type { Formatters } from "@/lib/format";
import type { SmallestChange } from "@/lib/scoring/smallestChange";
import { ASSESSMENT_MAX, ASSESSMENT_MIN, type AssessmentWords, type Omission } from "@/lib/workspace/scoring-input";
import type { LinkNotice } from "@/lib/workspace/link-notices";
import type { WeightPresetStatus } from "@/lib/workspace/weight-preset-status";

/** The workspace translator; helpers spell its type out in full so the message check follows them. */
export type WorkspaceT = ReturnType<typeof useTranslations<"workspace">>;

export function assessmentWords(t: ReturnType<typeof useTranslations<"workspace">>): AssessmentWords {
  return {
    name: (group) => t("assessment.name", { group }),
    unit: t("assessment.unit", { min: ASSESSMENT_MIN, max: ASSESSMENT_MAX }),
    source: t("assessment.source"),
    dataset: t("assessment.dataset"),
  };
}

export function omissionText(t: ReturnType<typeof useTranslations<"workspace">>, f: Formatters, o: Omission): string {
  switch (o.code) {
    case "notRated":
      return t("omission.notRated");
    case "noValue":
      return t("omission.noValue");
    case "belowCoverage":
      return t("omission.belowCoverage", {
        known: o.known ?? 0,
        of: o.of ?? 0,
        coverage: f.formatPercent((o.known ?? 0) / Math.max(1, o.of ?? 1), 0),
        threshold: f.formatPercent(o.threshold ?? 0, 0),
      });
    case "groupNoData":
      return t("omission.groupNoData");
    case "groupZeroWeight":
      return t("omission.groupZeroWeight");
  }
}

export function failureText(
  t: ReturnType<typeof useTranslations<"workspace">>,
  code: "noMarkets" | "allGroupsZero",
): string {
  return code === "noMarkets" ? t("failure.noMarkets") : t("failure.allGroupsZero");
}

/** "Weights: Thesis preset" or "Custom, from Thesis preset: 2 changes", with the preset's name in the reader's language. */
export function presetStatusText(
  t: ReturnType<typeof useTranslations<"workspace">>,
  status: WeightPresetStatus,
  presetName: string,
): string {
  const name = status.fromDatasetDefaults
    ? t("preset.datasetDefaults")
    : status.isDefault
      ? t("preset.namedDefault", { name: presetName })
      : t("preset.named", { name: presetName });
  return status.changed.length === 0
    ? t("preset.status", { name })
    : t("preset.custom", { name, count: status.changed.length });
}

/** The smallest single-weight change that lets the runner-up overtake the leader, in words. */
export function smallestChangeText(
  t: ReturnType<typeof useTranslations<"workspace">>,
  f: Formatters,
  change: SmallestChange,
  names: Readonly<Record<string, string>>,
): string {
  const name = (id: string) => names[id] ?? id;
  const leader = name(change.leader);
  if (change.runnerUp === null) return t("smallest.only", { leader });
  const runnerUp = name(change.runnerUp);
  if (change.tied) return t("smallest.tied", { leader, runnerUp });
  if (change.criterion === null || change.from === null || change.to === null || change.change === null)
    return t("smallest.none", { leader, runnerUp });
  const percent = (x: number) => f.formatPercent(x, Math.abs(x) >= 0.001 || x === 0 ? 1 : 3);
  const points = Math.abs(change.change * 100);
  return t("smallest.change", {
    leader,
    runnerUp,
    criterion: name(change.criterion),
    direction: change.change >= 0 ? "rose" : "fell",
    from: percent(change.from),
    to: percent(change.to),
    points: t("smallest.points", {
      sign: change.change < 0 ? "−" : "+",
      value: f.formatNumber(points, points >= 0.1 ? 1 : 3),
      count: points,
    }),
  });
}

/** What a link got wrong, in the reader's language; a named weight preset by its translated name. */
export function linkNoticeText(
  t: ReturnType<typeof useTranslations<"workspace">>,
  notice: LinkNotice,
  presetNames: Readonly<Record<string, { name: string }>> = {},
): string {
  const values =
    notice.key === "weightPreset"
      ? {
          ...notice.values,
          preset: presetNames[String(notice.values.preset)]?.name ?? String(notice.values.preset ?? ""),
        }
      : notice.values;
  return t(`link.${notice.key}`, values);
}
