import { formatNumber, formatPercent } from "@/lib/format";

// Display helpers of the scenario pages. Dates are shown in UTC so the server's and the browser's
// rendering agree (no hydration mismatch) and two readers in different time zones see the same.

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

export function formatDate(iso: string): string {
  return formatDateTime(iso).slice(0, 10);
}

export const METHOD_LABELS: Record<string, string> = {
  wsm: "Weighted sum",
  topsis: "TOPSIS",
  promethee2: "PROMETHEE II",
};

export function methodLabel(method: string, normalization?: string | null): string {
  const name = METHOD_LABELS[method] ?? method;
  return normalization && normalization !== "none"
    ? `${name} (${normalization === "minmax" ? "min-max" : "vector"} normalization)`
    : name;
}

export function missingLabel(missing: string): string {
  return missing === "worst"
    ? "a missing value counts as the worst value"
    : "weights are re-spread over the data a market has";
}

export { formatNumber, formatPercent };
