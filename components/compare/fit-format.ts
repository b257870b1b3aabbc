import type { Formatters } from "@/lib/format";

/** +1.25 / −0.50: the sign spelled out (a true minus), for contributions, in the page's locale. */
export function signed(value: number, formatNumber: Formatters["formatNumber"], decimals = 2): string {
  const text = formatNumber(Math.abs(value), decimals);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
