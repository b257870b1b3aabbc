import { minMaxNormalized } from "@/lib/scoring/normalization";

// A market's standing per criteria group, for the market profile's radar chart
// (docs: the caption on /markets/{iso3}). Pure.
//
// Method: each indicator is min-max normalized over the compared markets with the engine's
// normalization (lib/scoring/normalization: 1 = best observed, 0 = worst, direction respected,
// missing values neither count nor move the range). A group's score is the unweighted mean of its
// indicators' normalized values over the indicators the market has, times 100. A group in which
// the market has no value has no score (a gap, not a zero). Unweighted on purpose: the chart shows
// where a market stands on the evidence, not the user's weighting, which the ranking shows.

export type GroupScoreIndicator = { key: string; criteriaGroup: string; direction: "benefit" | "cost" };
export type GroupScoreGroup = { key: string; name: string; measurement: "public_data" | "user_assessment" };

export type GroupScoreInput = {
  groups: readonly GroupScoreGroup[];
  indicators: readonly GroupScoreIndicator[];
  /** iso3 → indicator key → value; an absent key is a data gap. */
  values: Readonly<Record<string, Readonly<Record<string, { value: number } | undefined>>>>;
  /** The markets the indicators are normalized over (the focus market and those it is compared with). */
  markets: readonly string[];
};

export type GroupScore = {
  key: string;
  name: string;
  /** Indicators in the group (measured from public data). */
  indicatorCount: number;
  /** iso3 → score 0-100, or null when the market has no value in the group. */
  scores: Record<string, number | null>;
  /** iso3 → how many of the group's indicators the score rests on. */
  observed: Record<string, number>;
};

export function criteriaGroupScores(input: GroupScoreInput): GroupScore[] {
  const { markets } = input;
  const indicators = input.indicators.filter((i) => input.groups.some((g) => g.key === i.criteriaGroup));
  const n = markets.length;
  const m = indicators.length;
  const values = new Float64Array(n * m);
  const observed = new Uint8Array(n * m);
  const benefit = new Uint8Array(m);
  indicators.forEach((indicator, c) => {
    benefit[c] = indicator.direction === "benefit" ? 1 : 0;
    markets.forEach((iso3, a) => {
      const cell = input.values[iso3]?.[indicator.key];
      if (cell && Number.isFinite(cell.value)) {
        values[a * m + c] = cell.value;
        observed[a * m + c] = 1;
      }
    });
  });
  const normalized = new Float64Array(n * m);
  if (n > 0 && m > 0) minMaxNormalized(values, observed, benefit, n, m, normalized);

  return input.groups
    .filter((group) => group.measurement === "public_data")
    .map((group) => {
      const columns = indicators.flatMap((indicator, c) => (indicator.criteriaGroup === group.key ? [c] : []));
      const scores: Record<string, number | null> = {};
      const counts: Record<string, number> = {};
      markets.forEach((iso3, a) => {
        let sum = 0;
        let count = 0;
        for (const c of columns) {
          if (observed[a * m + c] !== 1) continue;
          sum += normalized[a * m + c]!;
          count += 1;
        }
        scores[iso3] = count === 0 ? null : (100 * sum) / count;
        counts[iso3] = count;
      });
      return { key: group.key, name: group.name, indicatorCount: columns.length, scores, observed: counts };
    });
}

export type GroupComparisonRow = {
  key: string;
  name: string;
  /** The focus market's score, or null for a gap. */
  market: number | null;
  observed: number;
  indicatorCount: number;
  /** Mean score of the compared markets that have one; null when none has. */
  average: number | null;
  /** How many compared markets the average is taken over. */
  averageOver: number;
};

/** The focus market against the average of the compared markets, group by group. */
export function compareWithAverage(
  scores: readonly GroupScore[],
  focus: string,
  compared: readonly string[],
): GroupComparisonRow[] {
  return scores.map((group) => {
    const others = compared.map((iso3) => group.scores[iso3]).filter((s): s is number => s !== null && s !== undefined);
    return {
      key: group.key,
      name: group.name,
      market: group.scores[focus] ?? null,
      observed: group.observed[focus] ?? 0,
      indicatorCount: group.indicatorCount,
      average: others.length === 0 ? null : others.reduce((a, b) => a + b, 0) / others.length,
      averageOver: others.length,
    };
  });
}
