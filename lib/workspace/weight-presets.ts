// Named weight presets (docs/decisions/016-weight-presets.md): full sets of group and indicator
// weights, read from data/framework/weight-presets.json. Pure and zod-free, so the workspace
// bundles it; lib/contracts/weight-presets.ts checks the file when the data set is read for
// seeding and in the unit tests. A preset names where its numbers come from; the workspace
// state names the preset it starts from (`weights=<key>` in the URL).
import file from "@/data/framework/weight-presets.json" with { type: "json" };

export interface WeightPresetData {
  key: string;
  name: string;
  summary: string;
  source: string;
  record: string;
  url: string | null;
  groups: Record<string, number>;
  indicators: Record<string, Record<string, number>>;
}

export const WEIGHT_PRESETS: readonly WeightPresetData[] = file.presets as WeightPresetData[];
export const DEFAULT_WEIGHT_PRESET: string = file.default;
export const WEIGHT_PRESET_KEYS: readonly string[] = WEIGHT_PRESETS.map((p) => p.key);

export function weightPreset(key: string): WeightPresetData | undefined {
  return WEIGHT_PRESETS.find((p) => p.key === key);
}

/** The preset a state starts from: the one it names, or the default. */
export function presetOf(weightPresetKey: string | undefined): WeightPresetData {
  return weightPreset(weightPresetKey ?? DEFAULT_WEIGHT_PRESET) ?? weightPreset(DEFAULT_WEIGHT_PRESET)!;
}

/** A preset's weights as the workspace uses them: groups as shares of 1, indicators as shares of their group. */
export function presetShares(preset: WeightPresetData): {
  groups: Record<string, number>;
  indicators: Record<string, number>;
} {
  const share = (record: Record<string, number>) => {
    const total = Object.values(record).reduce((s, w) => s + w, 0);
    return Object.fromEntries(Object.entries(record).map(([k, w]) => [k, total > 0 ? w / total : 0]));
  };
  const indicators: Record<string, number> = {};
  for (const members of Object.values(preset.indicators)) Object.assign(indicators, share(members));
  return { groups: share(preset.groups), indicators };
}

const sharesCache = new Map<string, ReturnType<typeof presetShares>>();
function cachedShares(preset: WeightPresetData) {
  let shares = sharesCache.get(preset.key);
  if (!shares) sharesCache.set(preset.key, (shares = presetShares(preset)));
  return shares;
}

/** A group's starting weight under the named preset; undefined when no preset is named or it lacks the group. */
export function presetGroupWeight(weightPresetKey: string | undefined, groupKey: string): number | undefined {
  const preset = weightPresetKey === undefined ? undefined : weightPreset(weightPresetKey);
  return preset ? cachedShares(preset).groups[groupKey] : undefined;
}

/** An indicator's starting weight within its group under the named preset (undefined as above). */
export function presetIndicatorWeight(weightPresetKey: string | undefined, indicatorKey: string): number | undefined {
  const preset = weightPresetKey === undefined ? undefined : weightPreset(weightPresetKey);
  return preset ? cachedShares(preset).indicators[indicatorKey] : undefined;
}

/**
 * Which keys of a preset do not match the data set: groups or indicators missing from the preset,
 * keys the data set does not have, indicators filed under another group. Empty = a full set.
 */
export function presetMismatches(
  preset: Pick<WeightPresetData, "key" | "groups" | "indicators">,
  groups: readonly { key: string }[],
  indicators: readonly { key: string; criteriaGroup: string }[],
): string[] {
  const out: string[] = [];
  const groupKeys = new Set(groups.map((g) => g.key));
  for (const g of groupKeys) if (!(g in preset.groups)) out.push(`group "${g}" has no weight`);
  for (const g of Object.keys(preset.groups)) if (!groupKeys.has(g)) out.push(`group "${g}" is not in the data set`);
  const filed = new Map<string, string>();
  for (const [g, members] of Object.entries(preset.indicators)) for (const k of Object.keys(members)) filed.set(k, g);
  for (const i of indicators) {
    const g = filed.get(i.key);
    if (g === undefined) out.push(`indicator "${i.key}" has no weight`);
    else if (g !== i.criteriaGroup)
      out.push(`indicator "${i.key}" is filed under "${g}", the data set has it in "${i.criteriaGroup}"`);
    filed.delete(i.key);
  }
  for (const k of filed.keys()) out.push(`indicator "${k}" is not in the data set`);
  return out.map((m) => `weight preset "${preset.key}": ${m}`);
}
