import { z } from "zod";

import { DEFAULT_HOME } from "@/lib/scoring/home";

// The firm's home market, from which distance, cultural distance, diaspora share and trade
// agreements are measured (docs/decisions/017-home-country-and-distance.md). Optional everywhere;
// without it the home is China, as before.

export const HOME_FORMAT_MESSAGE = "must be an ISO 3166 alpha-3 code of the firm's home market, such as CHN or USA";

export const HomeIso3Schema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, HOME_FORMAT_MESSAGE)
  .describe("The firm's home market (ISO 3166 alpha-3, either case); default CHN.");

/** `?home=USA` on a GET; absent means China. */
export const HomeQuerySchema = z.object({ home: HomeIso3Schema.default(DEFAULT_HOME) });

/** The home market the home-relative values were measured from. */
export const HomeMarket = z.object({
  iso3: z.string(),
  name: z.string(),
  /** The capital distances are measured from; null where the data set has no coordinates. */
  capital: z.string().nullable(),
});
export type HomeMarket = z.infer<typeof HomeMarket>;

export { DEFAULT_HOME };
