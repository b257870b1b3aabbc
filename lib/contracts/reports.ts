import { z } from "zod";

import { LOCALES } from "@/lib/i18n/locales";

// The report's options as the query string gives them (GET /api/v1/scenarios/{id}/report.{format}
// and the report page): which markets the short list sets side by side (issue 11 §4).

/** Most markets the short list can hold (a board compares two or three; five is the ceiling). */
export const SHORTLIST_MAX = 5;

/** "RUS,IDN" or "rus, idn" → ["RUS", "IDN"]: ISO 3166 alpha-3 codes, no repeats, at most SHORTLIST_MAX. */
export const ShortlistParamSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}( *, *[A-Za-z]{3})*$/, "must be ISO 3166 alpha-3 market codes separated by commas, e.g. RUS,IDN")
  .transform((value) => value.split(",").map((code) => code.trim().toUpperCase()))
  .refine((codes) => new Set(codes).size === codes.length, "names a market twice")
  .refine((codes) => codes.length <= SHORTLIST_MAX, `must name at most ${SHORTLIST_MAX} markets`);

export const ReportQuerySchema = z.object({
  /** The markets to set side by side, among the scenario's ranked markets; default: the report's own short list. */
  shortlist: ShortlistParamSchema.optional(),
  /** The report's language (issue 12); absent: the request's Accept-Language, else English. */
  locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).optional(),
});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;
