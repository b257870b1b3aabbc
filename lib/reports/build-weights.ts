import { weightPresetStatus } from "@/lib/workspace/weight-preset-status";
import { citeInline } from "@/lib/data/sources";

import type { ReportContext } from "./context";

// Which weight preset the scenario's weights start from (docs/decisions/016-weight-presets.md),
// in the words every format prints. A scenario saved before presets names none: its weights were
// the data set's defaults of its day, frozen in its results, and the report says exactly that
// instead of naming today's default.

export type ReportWeights = {
  /** "Weights: Thesis preset (default)" or "Custom, from Thesis preset (default): 2 changes". */
  label: string;
  /** The preset's one-line summary, its source and its decision record; null without a preset. */
  detail: string | null;
};

export function reportWeights(context: ReportContext): ReportWeights {
  const { state } = context.scenario.inputs;
  if (state.weightPreset === undefined)
    return {
      label: context.t("sentencesB.weights.noPreset"),
      detail: null,
    };
  const status = weightPresetStatus(context.input.scoringData, state);
  const { preset } = status;
  const isGroup = (key: string) => context.input.scoringData.criteriaGroups.some((g) => g.key === key);
  const changed = status.changed.map((key) => (isGroup(key) ? context.groupName(key) : context.criterionName(key)));
  return {
    label: status.label,
    detail: [
      `${preset.name}: ${preset.summary}`,
      `Source: ${citeInline(preset.source)}${preset.url ? ` (${preset.url})` : ""}.`,
      `Why: ${preset.record}.`,
      changed.length > 0 ? `Changed from the preset: ${changed.join(", ")}.` : null,
    ]
      .filter(Boolean)
      .join(" "),
  };
}
