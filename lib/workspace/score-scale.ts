/** How each method's scores read: their axis, neutral point and label. Pure. */
import type { Method } from "@/lib/scoring";

export const methodNames: Readonly<Record<Method, string>> = {
  wsm: "Weighted sum",
  topsis: "TOPSIS",
  promethee2: "PROMETHEE II",
};

/** The neutral point the contributions add up from, and the method's fixed axis. */
export function scoreScale(method: Method): { base: number; lo: number; hi: number; label: string } {
  if (method === "topsis")
    return { base: 0.5, lo: 0, hi: 1, label: "closeness to the ideal market (0-1, higher is better)" };
  if (method === "promethee2")
    return { base: 0, lo: -1, hi: 1, label: "net outranking flow (−1 to 1, higher is better)" };
  return { base: 0, lo: 0, hi: 1, label: "weighted score (0-1, higher is better)" };
}
