// Which weight preset a ranking's weights come from, and how far the user has moved from it: the
// line the workspace, the report and a saved scenario show ("Weights: Thesis preset" or "Custom,
// from Thesis preset: 2 changes"). Pure.
import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";

import { baseGroupWeight, baseCriterionWeight, workspaceCriteria } from "./scoring-input";
import { DEFAULT_WEIGHT_PRESET, presetOf, presetShares, type WeightPresetData } from "./weight-presets";

export interface WeightPresetStatus {
  preset: WeightPresetData;
  /** The preset is the default one (named or implied). */
  isDefault: boolean;
  /** The state names no preset and the data set's defaults are not the default preset's. */
  fromDatasetDefaults: boolean;
  /** Group and indicator keys whose weight differs from the preset's. */
  changed: string[];
  /** "Weights: Thesis preset" or "Custom, from Thesis preset: 2 changes". */
  label: string;
}

/** Weights closer than this to the preset's count as the preset's (the URL keeps 6 significant digits). */
const SAME = 1e-6;

/**
 * Whether the data set's default weights are the default preset's: true for the shipped data set
 * (checked when it is read, lib/db/dataset-files.ts); a state that names no preset then stands
 * for the default preset.
 */
export function defaultsAreDefaultPreset(data: ScoringData): boolean {
  const preset = presetOf(undefined);
  const shares = presetShares(preset);
  return (
    data.criteriaGroups.every((g) => Math.abs(g.defaultWeight - (shares.groups[g.key] ?? NaN)) <= SAME) &&
    data.indicators.every(
      (i) => i.origin === "user" || Math.abs(i.defaultWeight - (shares.indicators[i.key] ?? NaN)) <= SAME,
    )
  );
}

export function weightPresetStatus(data: ScoringData, state: WorkspaceState): WeightPresetStatus {
  const preset = presetOf(state.weightPreset);
  const changed: string[] = [];
  for (const [key, value] of Object.entries(state.groupWeights)) {
    if (!data.criteriaGroups.some((g) => g.key === key)) continue;
    if (Math.abs(value - baseGroupWeight(data, state, key)) > SAME) changed.push(key);
  }
  const criteria = new Map(workspaceCriteria(data).map((c) => [c.key, c]));
  for (const [key, value] of Object.entries(state.indicatorWeights)) {
    const criterion = criteria.get(key);
    if (criterion && Math.abs(value - baseCriterionWeight(state, criterion)) > SAME) changed.push(key);
  }
  const isDefault = preset.key === DEFAULT_WEIGHT_PRESET;
  // A state that names no preset starts from the data set's defaults: name the preset only when
  // those are the default preset's.
  const fromDatasetDefaults = state.weightPreset === undefined && !defaultsAreDefaultPreset(data);
  const name = fromDatasetDefaults
    ? "the data set's default weights"
    : `${preset.name} preset${isDefault ? " (default)" : ""}`;
  const label =
    changed.length === 0
      ? `Weights: ${name}`
      : `Custom, from ${name}: ${changed.length} ${changed.length === 1 ? "change" : "changes"}`;
  return { preset, isDefault, fromDatasetDefaults, changed, label };
}
