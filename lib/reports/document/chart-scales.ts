import type { RankingSection } from "../model";

// Scales and colours of the report's charts, shared by the page (SVG) and the PDF (vector
// shapes) so both draw the same picture.

/** Criteria-group colours of the stacked ranking bars; distinct in hue and in lightness. */
export const GROUP_COLORS = ["#1e3a6e", "#4f86c6", "#2a9d8f", "#e9a23b", "#9c5fb5", "#7a8699"];

export const groupColor = (i: number) => GROUP_COLORS[i % GROUP_COLORS.length]!;

/**
 * The score axis of the ranking chart: from 0 (or the lowest negative score) to the highest
 * score, rounded out to a step of 0.1, 0.2 or 0.5 so that there are a handful of ticks.
 */
export function scoreAxis(ranking: RankingSection): { lo: number; hi: number; ticks: number[] } {
  const scores = ranking.rows.map((r) => r.score);
  const low = Math.min(0, ...scores);
  const high = Math.max(...scores, low + 1e-9);
  const step = high - low > 1.2 ? 0.5 : high - low > 0.5 ? 0.2 : 0.1;
  const lo = Math.floor(low / step) * step;
  const hi = Math.ceil(high / step) * step || step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.round(v * 100) / 100);
  return { lo, hi, ticks };
}

/** Blues from dark (rank 1) to light (last rank) for the rank-probability bars. */
export function rankColor(i: number, n: number): string {
  const t = n <= 1 ? 0 : i / (n - 1);
  const from = [30, 58, 110];
  const to = [214, 224, 240];
  return `rgb(${from.map((f, k) => Math.round(f + (to[k]! - f) * t)).join(",")})`;
}
