import type { EcommerceSizeFigure, EcommerceSizeRange } from "@/lib/contracts/evidence";

/**
 * Where sources disagree the product shows each figure and the spread: for the latest year that has
 * a published size (actual or estimate, not a forecast, not a growth rate), the lowest and highest
 * figure per currency. Figures in different currencies are never compared (no conversion is made).
 */
export function latestSizeRanges(figures: readonly EcommerceSizeFigure[]): EcommerceSizeRange[] {
  const sizes = figures.filter(
    (f) => f.kind !== "forecast" && f.measure !== "ecommerce_growth_pct" && f.currency !== null,
  );
  if (sizes.length === 0) return [];
  const year = Math.max(...sizes.map((f) => f.year));
  const byCurrency = new Map<string, EcommerceSizeFigure[]>();
  for (const f of sizes.filter((x) => x.year === year))
    byCurrency.set(f.currency!, [...(byCurrency.get(f.currency!) ?? []), f]);
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a === "USD" ? -1 : b === "USD" ? 1 : a.localeCompare(b)))
    .map(([currency, list]) => ({
      year,
      currency,
      min: Math.min(...list.map((f) => f.value)),
      max: Math.max(...list.map((f) => f.value)),
      figureIds: list.map((f) => f.id),
      publishers: [...new Set(list.map((f) => f.publisher))],
    }));
}
