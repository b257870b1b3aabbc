import { formatNumber } from "@/lib/format";

/** +1.25 / −0.50: the sign spelled out (a true minus), for contributions. */
export function signed(value: number, decimals = 2): string {
  const text = formatNumber(Math.abs(value), decimals);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/**
 * The model's assumption notes name factors and indicators by key; readers see their names.
 * Keys are replaced whole-word, longest first, so "brand" never eats into "brandX".
 */
export function humanize(text: string, names: Record<string, string>): string {
  const keys = Object.keys(names).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const pattern = new RegExp(`\\b(${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "g");
  return text.replace(pattern, (key) => names[key] ?? key);
}

export const STRENGTH_WORDS: Record<number, string> = { 1: "weak", 2: "moderate", 3: "strong" };

/** How a 1-5 value reads, by the nearest step: 1 very low … 3 neutral … 5 very high. */
export function level(value: number): string {
  const words = ["very low", "low", "neutral", "high", "very high"];
  return words[Math.min(4, Math.max(0, Math.round(value) - 1))]!;
}
