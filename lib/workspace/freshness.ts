// How old a value is, and whether the workspace flags it (issue 9: "the workspace flags values
// older than three years"). Pure: the current year is passed in by the page, never read from the
// clock here, so the server and the browser flag the same values and tests are repeatable.

/** A value older than this many years is flagged: age = current year - data year. */
export const STALE_AFTER_YEARS = 3;

/** What freshness needs of a value. `kind: "computed"` (distances, cultural distance) carries no data year to age. */
export interface DatedValue {
  year: number | null;
  kind?: unknown;
}

export interface Freshness {
  year: number;
  /** Current year minus the data year. */
  age: number;
  stale: boolean;
  /** "2019 data, 7 years old (older than 3 years)". */
  text: string;
}

function yearsText(n: number): string {
  return `${n} year${n === 1 ? "" : "s"}`;
}

/**
 * The age of a value in the given year, or null where age does not apply: a computed value (its
 * year is when it was computed, not what it describes) or a value without a year (the user's
 * own assessment).
 */
export function freshness(value: DatedValue, currentYear: number): Freshness | null {
  if (value.year === null || value.kind === "computed") return null;
  const age = currentYear - value.year;
  const stale = age > STALE_AFTER_YEARS;
  const text =
    age <= 0
      ? `${value.year} data, from this year`
      : `${value.year} data, ${yearsText(age)} old${stale ? ` (older than ${yearsText(STALE_AFTER_YEARS)})` : ""}`;
  return { year: value.year, age, stale, text };
}

export interface StaleValue {
  key: string;
  year: number;
  age: number;
}

/**
 * The values among `keys` of one market that are older than STALE_AFTER_YEARS, oldest first.
 * `values` is the market's row of the data set (indicator key → value); absent keys are gaps, not
 * stale values.
 */
export function staleValues(
  values: Readonly<Record<string, DatedValue>> | undefined,
  keys: readonly string[],
  currentYear: number,
): StaleValue[] {
  if (!values) return [];
  const out: StaleValue[] = [];
  for (const key of keys) {
    const v = values[key];
    if (!v) continue;
    const f = freshness(v, currentYear);
    if (f?.stale) out.push({ key, year: f.year, age: f.age });
  }
  return out.sort((a, b) => b.age - a.age || a.key.localeCompare(b.key));
}
