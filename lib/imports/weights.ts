/**
 * A new indicator weighs, within its group, as much as the group's average indicator (1 in a group
 * with none), so it counts from the start without swamping the shipped ones; the user moves it.
 */
export function newIndicatorWeight(indicators: { defaultWeight: number }[]): number {
  const weights = indicators.map((i) => i.defaultWeight).filter((w) => w > 0);
  if (weights.length === 0) return 1;
  return Math.round((weights.reduce((a, b) => a + b, 0) / weights.length) * 1e6) / 1e6;
}
