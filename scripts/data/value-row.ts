/**
 * One row of data/indicator-values.csv as the data build produces it: a market's value of one
 * indicator for one year, with what kind of figure it is, the edition it comes from, its citation
 * and where in the source it sits.
 */
export interface ValueRow {
  market: string;
  indicator: string;
  /** The year the figure describes (survey or reference year); for a computed value, the data year of its newest input. */
  year: number;
  value: number;
  /**
   * observed: published for a past year; estimate: the publisher calls it an estimate;
   * projection: a projection for the year (e.g. UN WPP medium variant); computed: derived by the
   * data build from other sourced figures (the note says from what).
   */
  kind: "observed" | "estimate" | "projection" | "computed";
  /** The edition or release the figure was taken from, e.g. "Global Findex 2025". */
  edition: string;
  source: string;
  /** Where the figure is in its source: repository, commit, file and row key; or page, table, address. */
  locator: string;
  note: string;
}
