// The entry-mode model's assumption notes (lib/scoring/fit) as data, so a page can word them in
// the reader's language. The engine writes each note as an English sentence in one of a few fixed
// shapes; each shape is read back here into its code and its keys and figures. A note of any
// other shape is returned as { code: "other" } and shown as written. Pure.

export type AssumptionNote =
  | { code: "noValue"; factor: string }
  | { code: "outOfScale"; factor: string; raw: number; clamped: number }
  | { code: "noEffects"; target: string }
  | { code: "overrideWithoutReason"; factor: string; rating: number; evidence: number }
  | { code: "notANumber"; factor: string }
  | { code: "partialIndicators"; factor: string; used: number; of: number; missing: string[] }
  | { code: "notAssessed"; factor: string }
  | { code: "noIndicators"; factor: string; missing: string[] }
  | { code: "other"; text: string };

const KEY = "([A-Za-z0-9_]+)";
const NUM = "(-?[0-9.]+(?:e[-+]?[0-9]+)?)";
const list = (text: string) => text.split(", ").filter(Boolean);

const SHAPES: readonly [RegExp, (m: RegExpExecArray) => AssumptionNote][] = [
  [
    new RegExp(`^${KEY} has no value: the neutral 3 was used for its effects\\.$`),
    (m) => ({ code: "noValue", factor: m[1]! }),
  ],
  [
    new RegExp(`^${KEY} = ${NUM} lies outside 1-5 and was read as ${NUM}\\.$`),
    (m) => ({ code: "outOfScale", factor: m[1]!, raw: Number(m[2]), clamped: Number(m[3]) }),
  ],
  [
    new RegExp(`^${KEY}: no effects in the table act on it, so it scores the neutral 50\\.$`),
    (m) => ({ code: "noEffects", target: m[1]! }),
  ],
  [
    new RegExp(
      `^${KEY}: your rating ${NUM} overrides the evidence-based default ${NUM} without a reason; give the reason for the override\\.$`,
    ),
    (m) => ({ code: "overrideWithoutReason", factor: m[1]!, rating: Number(m[2]), evidence: Number(m[3]) }),
  ],
  [
    new RegExp(`^${KEY}: the assessment is not a number, so the neutral 3 was used\\.$`),
    (m) => ({ code: "notANumber", factor: m[1]! }),
  ],
  [
    new RegExp(
      `^${KEY}: computed from ([0-9]+) of ([0-9]+) indicators; no value for (.+), so the weights of the others were renormalized\\.$`,
    ),
    (m) => ({
      code: "partialIndicators",
      factor: m[1]!,
      used: Number(m[2]),
      of: Number(m[3]),
      missing: list(m[4]!),
    }),
  ],
  [
    new RegExp(
      `^${KEY} not assessed: neutral 3 used \\(no shipped data set measures it for every market; rate it to include it\\)\\.$`,
    ),
    (m) => ({ code: "notAssessed", factor: m[1]! }),
  ],
  [
    new RegExp(`^${KEY}: no value for any of its indicators \\((.+)\\), so the neutral 3 was used\\.$`),
    (m) => ({ code: "noIndicators", factor: m[1]!, missing: list(m[2]!) }),
  ],
];

/** One engine note read back into its code and figures; `other` when it has none of the known shapes. */
export function assumptionNote(text: string): AssumptionNote {
  for (const [pattern, read] of SHAPES) {
    const match = pattern.exec(text);
    if (match) return read(match);
  }
  return { code: "other", text };
}
