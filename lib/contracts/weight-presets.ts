import { z } from "zod";

// Named weight presets (data/framework/weight-presets.json; docs/decisions/016-weight-presets.md):
// the file's shape, checked when the data set is read for seeding and by the unit tests, and the
// answer of GET /api/v1/weight-presets. "Weight preset" throughout, so it is never confused with
// the market presets of the picker (lib/workspace/market-presets.ts).

const key = z.string().regex(/^[a-z][a-z0-9_]*$/, "is not a preset or criterion key");
/** Raw weights on any scale (index points, percent, equal parts); normalized where they are used. */
const weights = z.record(key, z.number().finite().min(0, "must not be negative"));

export const WeightPresetSchema = z.strictObject({
  key,
  name: z.string().min(1),
  /** One line for the workspace's preset control. */
  summary: z.string().min(20),
  /** The source the weights follow (thesis sections, the index and its editions). */
  source: z.string().min(10),
  /** Where the preset is argued: a decision record and section. */
  record: z.string().regex(/^docs\/decisions\/\d{3}-[a-z0-9-]+\.md#[a-z0-9-]+$/, "is not a decision record link"),
  /** The published source on the web, when there is one. */
  url: z.url().nullable(),
  /** Criteria-group key → raw weight; every group of the data set. */
  groups: weights,
  /** Criteria-group key → indicator key → raw weight within that group; every indicator of the data set. */
  indicators: z.record(key, weights),
});
export type WeightPreset = z.infer<typeof WeightPresetSchema>;

export const WeightPresetFileSchema = z
  .strictObject({
    /** The preset the workspace starts from; data/criteria-groups.csv and indicators.csv hold its weights. */
    default: key,
    presets: z.array(WeightPresetSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const keys = file.presets.map((p) => p.key);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({ code: "custom", message: "preset keys must be unique", path: ["presets"] });
    if (!keys.includes(file.default))
      ctx.addIssue({
        code: "custom",
        message: `"${file.default}" is not one of the presets (${keys.join(", ")})`,
        path: ["default"],
      });
    file.presets.forEach((p, i) => {
      if (Object.values(p.groups).every((w) => w === 0))
        ctx.addIssue({
          code: "custom",
          message: "at least one group must weigh more than 0",
          path: ["presets", i, "groups"],
        });
    });
  });
export type WeightPresetFile = z.infer<typeof WeightPresetFileSchema>;

/** GET /api/v1/weight-presets: every preset with its weights normalized as the workspace uses them. */
export const WeightPresetListSchema = z.object({
  default: z.string(),
  presets: z.array(
    WeightPresetSchema.extend({
      /** Workspace query that applies it: `weights=<key>`. */
      query: z.string(),
      /** Group weights as shares of 1. */
      groupShares: z.record(z.string(), z.number()),
      /** Indicator weights as shares of their group (0 where the group's indicators all weigh 0). */
      indicatorShares: z.record(z.string(), z.number()),
      /** Share of the total weight per indicator when every criterion is scored (group share × share in group). */
      globalShares: z.record(z.string(), z.number()),
    }),
  ),
});
export type WeightPresetList = z.infer<typeof WeightPresetListSchema>;
