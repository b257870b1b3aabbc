import { z } from "zod";

// The thesis cases the model replays (data/framework/case-replays.json, stored as JSON in the
// database): checked here before a page relies on their fields. Pure.

const AssessmentSchema = z.union([
  z.number().transform((value) => ({ value, reason: null, locator: null })),
  z
    .object({ value: z.number(), reason: z.string().optional(), locator: z.string().optional() })
    .transform((a) => ({ value: a.value, reason: a.reason ?? null, locator: a.locator ?? null })),
]);

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

export const CaseReplaySchema = z.object({
  key: z.string(),
  name: z.string(),
  market: z.string(),
  firmPreset: z.string(),
  indicatorYear: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? null),
  indicatorYearNote: optionalText,
  assessments: z.record(z.string(), AssessmentSchema).default({}),
  expectedTop: z.array(z.string()).default([]),
  expectedStrategies: z.array(z.string()).default([]),
  thesisConclusion: optionalText,
  locator: optionalText,
});

export type CaseReplay = z.infer<typeof CaseReplaySchema>;

/** The replays that parse; a malformed one is left out rather than breaking the page. */
export function parseCaseReplays(rows: readonly unknown[]): CaseReplay[] {
  return rows.flatMap((row) => {
    const parsed = CaseReplaySchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}
