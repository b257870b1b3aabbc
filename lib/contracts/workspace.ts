import { z } from "zod";

import { withCurrentGroupKeys } from "./legacy-keys";
import {
  DEFAULT_MARKETS,
  DEFAULT_MONTE_CARLO_SETTINGS as MONTE_CARLO_DEFAULTS,
  PREFERENCE_TYPES,
  WORKSPACE_METHODS,
} from "@/lib/workspace/defaults";
import { RATING_MAX, RATING_MIN, withCurrentRatingKeys } from "@/lib/workspace/market-ratings";
import { WEIGHT_PRESET_KEYS, presetOf } from "@/lib/workspace/weight-presets";

// The state of the ranking workspace: what a link reproduces and what a scenario saves.

export { DEFAULT_MARKETS, WORKSPACE_METHODS };

const weight = z.number().finite().min(0, "must not be negative").max(1000, "must be at most 1000");
const key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, "is not a criterion key");

export const WorkspaceStateSchema = z
  .object({
    /** ISO3 codes of the markets being ranked, in the user's order. */
    markets: z
      .array(z.string().regex(/^[A-Z]{3}$/, "is not an ISO 3166 alpha-3 code"))
      .min(1)
      .max(300),
    method: z.enum(WORKSPACE_METHODS),
    normalization: z.enum(["minmax", "vector"]).optional(),
    missing: z.enum(["renormalize", "worst"]),
    /**
     * The weight preset the weights start from (data/framework/weight-presets.json, `weights=` in
     * the URL). Absent = the data set's default weights, which are the default preset's
     * (docs/decisions/016-weight-presets.md): links and scenarios saved before presets still open.
     */
    weightPreset: z
      .string()
      .refine((k) => WEIGHT_PRESET_KEYS.includes(k), {
        error: (issue) =>
          `"${String(issue.input)}" is not a weight preset (known: ${WEIGHT_PRESET_KEYS.join(", ")}); the ${presetOf(undefined).name} preset's weights are shown instead`,
      })
      .optional(),
    /**
     * Raw weights (any scale; normalized by the engine). A key absent = its preset's weight (or its
     * default weight when no preset is named). A group
     * key of an older data set (host_regulation) is read as its current key (governance).
     */
    groupWeights: z.record(key, weight).transform(withCurrentGroupKeys),
    indicatorWeights: z.record(key, weight),
    /**
     * The user's own 1-5 ratings of the market factors no public data set measures for every
     * market: iso3 → competitiveIntensity | foreignOwnershipRestriction → value
     * (lib/workspace/market-ratings.ts). One set for the ranking, the entry-mode and the strategy
     * pages. The key "competition" of older links and scenarios is read as competitiveIntensity.
     */
    assessments: z
      .record(
        z.string().regex(/^[A-Z]{3}$/, "is not an ISO 3166 alpha-3 code"),
        z.record(
          key,
          z
            .number()
            .min(RATING_MIN, `must be at least ${RATING_MIN} (ratings run ${RATING_MIN}-${RATING_MAX})`)
            .max(RATING_MAX, `must be at most ${RATING_MAX} (ratings run ${RATING_MIN}-${RATING_MAX})`),
        ),
      )
      .default({})
      .transform(withCurrentRatingKeys),
    /**
     * Share of the selected markets a criterion must be known for to take part (absent = 0.5;
     * docs/decisions/013-missing-data-never-helps.md).
     */
    coverageThreshold: z.number().min(0, "must be at least 0").max(1, "must be at most 1").optional(),
    /**
     * PROMETHEE II's preference function for the indicators (absent = "linear", thresholds from
     * each indicator's spread; docs/decisions/014-uncertainty-and-preferences.md).
     */
    preference: z.enum(PREFERENCE_TYPES).optional(),
    /**
     * The firm's home market the home-relative criteria are measured from (absent = CHN;
     * docs/decisions/017-home-country-and-distance.md). It is not a candidate itself.
     */
    home: z
      .string()
      .regex(/^[A-Z]{3}$/, "is not an ISO 3166 alpha-3 code")
      .optional(),
  })
  .strict();

export type WorkspaceState = z.infer<typeof WorkspaceStateSchema>;

export const MonteCarloSettingsSchema = z
  .object({
    samples: z.number().int().min(100).max(100_000),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    concentration: z.number().positive().max(10_000),
  })
  .strict();
export type MonteCarloSettings = z.infer<typeof MonteCarloSettingsSchema>;
export const DEFAULT_MONTE_CARLO_SETTINGS: MonteCarloSettings = { ...MONTE_CARLO_DEFAULTS };
