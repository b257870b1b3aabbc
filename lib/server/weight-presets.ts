import "server-only";

import { WeightPresetFileSchema, type WeightPresetList } from "@/lib/contracts/weight-presets";
import file from "@/data/framework/weight-presets.json" with { type: "json" };
import { presetShares } from "@/lib/workspace/weight-presets";

// GET /api/v1/weight-presets: the named weight presets (docs/decisions/016-weight-presets.md),
// checked against their contract when first read, with the shares the workspace uses.

let cached: WeightPresetList | undefined;

export function weightPresetList(): WeightPresetList {
  if (cached) return cached;
  const parsed = WeightPresetFileSchema.parse(file);
  cached = {
    default: parsed.default,
    presets: parsed.presets.map((preset) => {
      const shares = presetShares(preset);
      const globalShares: Record<string, number> = {};
      for (const [group, members] of Object.entries(preset.indicators))
        for (const key of Object.keys(members))
          globalShares[key] = (shares.groups[group] ?? 0) * (shares.indicators[key] ?? 0);
      return {
        ...preset,
        query: `weights=${preset.key}`,
        groupShares: shares.groups,
        indicatorShares: shares.indicators,
        globalShares,
      };
    }),
  };
  return cached;
}
