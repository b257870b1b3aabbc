import { z } from "zod";

import { FIRM_FACTOR_KEYS, MARKET_FACTOR_KEYS } from "@/lib/scoring/fit/factors";

// The case library of documented market entries (data/framework/entry-cases.json) and the
// calibration computed from it (data/framework/entry-mode-calibration.json, written by
// `npm run calibrate`); docs/decisions/012-entry-mode-calibration.md.

const iso3 = z.string().regex(/^[A-Z]{3}$/, "is not an ISO 3166 alpha-3 code");
const text = z.string().trim().min(1, "is empty");
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");

export const ENTRY_OUTCOMES = ["stayed", "exited", "sold", "changed_mode", "unknown"] as const;

const Rating = z.strictObject({
  rating: z.number().int().min(1, "must be at least 1").max(5, "must be at most 5"),
  why: text,
  /** The id of one of the case's sources, or several separated by commas. */
  source: text,
});

const CaseSource = z.strictObject({
  id: text,
  title: text,
  publisher: z.string(),
  /** A date, or a note saying the source is undated ("n.d. …", "undated …"); empty when unknown. */
  published: z.union([date, z.literal(""), z.string().regex(/^(n\.d\.|undated)/, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or an undated note")]),
  locator: text,
  /** The primary source a secondary one (news quoting a figure) reports; empty for a primary source. */
  secondaryOf: z.string(),
});

function factorRecord(keys: readonly string[]) {
  return z.record(z.string(), Rating).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!keys.includes(key)) ctx.addIssue({ code: "custom", path: [key], message: `is not a factor (${keys.join(", ")})` });
    }
  });
}

export const EntryCaseEntry = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and dashes"),
    firm: text,
    home: iso3,
    host: iso3,
    year: z.number().int().min(1990).max(2030),
    mode: text,
    modeNote: text,
    outcome: z.enum(ENTRY_OUTCOMES),
    outcomeYear: z.number().int().min(1990).max(2030).nullable().optional(),
    outcomeNote: z.string(),
    sources: z.array(CaseSource).min(1, "needs at least one source"),
    firmFactors: factorRecord(FIRM_FACTOR_KEYS),
    marketFactors: factorRecord(MARKET_FACTOR_KEYS),
    ratingNote: z.string(),
  })
  .superRefine((c, ctx) => {
    const ids = new Set(c.sources.map((s) => s.id));
    for (const [scope, record] of [
      ["firmFactors", c.firmFactors],
      ["marketFactors", c.marketFactors],
    ] as const) {
      for (const [key, rating] of Object.entries(record)) {
        if (!rating.source.split(",").every((id) => ids.has(id.trim()))) {
          ctx.addIssue({ code: "custom", path: [scope, key, "source"], message: `names no source of this case ("${rating.source}")` });
        }
      }
    }
  });
export type EntryCase = z.infer<typeof EntryCaseEntry>;

const Summary = z.object({
  cases: z.number().int(),
  top1: z.number(),
  top2: z.number(),
  baseRate: z.number(),
  confusion: z.record(z.string(), z.record(z.string(), z.number().int())),
  perMode: z.record(z.string(), z.object({ cases: z.number().int(), top1: z.number(), top2: z.number() })),
  predictions: z.array(
    z.object({ caseId: z.string(), actual: z.string(), predicted: z.array(z.string()), baseline: z.string() }),
  ),
});
export type BacktestSummaryRecord = z.infer<typeof Summary>;

export const EntryModeCalibrationFile = z.strictObject({
  /** SHA-256 of the case library and the effects table the calibration was computed from. */
  inputsHash: z.string().regex(/^[0-9a-f]{64}$/),
  method: text,
  /** λ and τ chosen by cross-validation on all cases, and the optimizer's settings. */
  settings: z.object({ lambda: z.number(), temperature: z.number(), iterations: z.number().int(), stepSize: z.number() }),
  /** Entry mode → offset added to its fit (on the fit's -1..1 scale; 0 = none), fitted with the strengths. */
  offsets: z.record(z.string(), z.number()),
  /** Effect id → hand-set strength and the strength calibrated on every case. */
  strengths: z.record(z.string(), z.object({ handSet: z.number(), calibrated: z.number() })),
  /** Leave-one-out: calibrated on the other cases, tested on the held-out one. */
  leaveOneOut: Summary,
  /** The hand-set table on every case (not fitted to them; written knowing the Alibaba cases). */
  handSet: Summary,
});
export type EntryModeCalibration = z.infer<typeof EntryModeCalibrationFile>;
