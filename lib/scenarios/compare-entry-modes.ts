import type { EntryModeResponse } from "@/lib/contracts/fit";
import type { EntryModeComparison } from "@/lib/contracts/scenarios";
import type { useTranslations } from "next-intl";

import { fitComparisonWords } from "./wording";

// Two scenarios' entry modes and strategies side by side (issue 11 §4): what each recommends, every
// option's score and rank in both, and which inputs of the fit differ (the assessed market, the
// firm profile, the market's factor values), so a change of recommendation can be traced to its
// cause. Pure: reads the frozen results only, never recomputes; the words come from the translator
// it is given ("scenarios.fitComparison", English by default).

type FitSide = EntryModeComparison["a"];
type FitOptionRow = EntryModeComparison["modes"][number];
type FitInputChange = EntryModeComparison["inputChanges"][number];

function side(
  fit: EntryModeResponse | null,
  t: ReturnType<typeof useTranslations<"scenarios.fitComparison">>,
): FitSide {
  if (!fit) return { market: null, mode: null, strategy: null, missing: t("noFirm") };
  const top = (list: EntryModeResponse["modes"]) => list.find((t) => t.rank === 1);
  return {
    market: { iso3: fit.market.iso3, name: fit.market.name },
    mode: nameOf(top(fit.modes)),
    strategy: nameOf(top(fit.strategies)),
    missing: null,
  };
}

function nameOf(target: EntryModeResponse["modes"][number] | undefined): string | null {
  return target ? (target.name ?? target.id) : null;
}

function rows(a: EntryModeResponse["modes"], b: EntryModeResponse["modes"]): FitOptionRow[] {
  const ids = [...new Set([...a.map((t) => t.id), ...b.map((t) => t.id)])];
  const rowsOut = ids.map((id) => {
    const x = a.find((t) => t.id === id);
    const y = b.find((t) => t.id === id);
    return {
      id,
      name: x?.name ?? y?.name ?? id,
      scoreA: x?.score ?? null,
      scoreB: y?.score ?? null,
      rankA: x?.rank ?? null,
      rankB: y?.rank ?? null,
    };
  });
  // In B's order (the scenario compared against), then A's for options only A has.
  return rowsOut.sort((p, q) => (p.rankB ?? 99) - (q.rankB ?? 99) || (p.rankA ?? 99) - (q.rankA ?? 99));
}

export function compareEntryModes(
  fitA: EntryModeResponse | null,
  fitB: EntryModeResponse | null,
  factorNames: Record<string, string>,
  t: ReturnType<typeof useTranslations<"scenarios.fitComparison">> = fitComparisonWords(),
): EntryModeComparison {
  const shown = (value: number | undefined) => (value === undefined ? t("notSet") : String(value));
  const a = side(fitA, t);
  const b = side(fitB, t);
  const inputChanges: FitInputChange[] = [];
  if (fitA && fitB) {
    if (fitA.market.iso3 !== fitB.market.iso3)
      inputChanges.push({
        kind: "market",
        key: "market",
        name: t("marketAssessed"),
        a: fitA.market.name ?? fitA.market.iso3 ?? t("inlineProfile"),
        b: fitB.market.name ?? fitB.market.iso3 ?? t("inlineProfile"),
      });
    for (const key of Object.keys(fitA.firm) as (keyof typeof fitA.firm)[])
      if (fitA.firm[key] !== fitB.firm[key])
        inputChanges.push({
          kind: "firm",
          key,
          name: factorNames[key] ?? key,
          a: shown(fitA.firm[key]),
          b: shown(fitB.firm[key]),
        });
    const valuesA = fitA.marketProfile.values as Record<string, number>;
    const valuesB = fitB.marketProfile.values as Record<string, number>;
    for (const key of Object.keys(valuesA))
      if (valuesA[key] !== valuesB[key])
        inputChanges.push({
          kind: "marketFactor",
          key,
          name: factorNames[key] ?? key,
          a: shown(valuesA[key]),
          b: shown(valuesB[key]),
        });
  }
  return {
    a,
    b,
    modes: rows(fitA?.modes ?? [], fitB?.modes ?? []),
    strategies: rows(fitA?.strategies ?? [], fitB?.strategies ?? []),
    inputChanges,
    summary: summarize(a, b, inputChanges, t),
  };
}

function summarize(
  a: FitSide,
  b: FitSide,
  changes: FitInputChange[],
  t: ReturnType<typeof useTranslations<"scenarios.fitComparison">>,
): string {
  if (a.missing && b.missing) return t("neither", { reason: t("noFirm") });
  if (a.missing) return t("onlyB", { reason: a.missing });
  if (b.missing) return t("onlyA", { reason: b.missing });
  const [modeA, strategyA, modeB, strategyB] = [a.mode, a.strategy, b.mode, b.strategy].map((x) => x ?? "null");
  const same = a.mode === b.mode && a.strategy === b.strategy;
  const recommendation = same
    ? t("both", { mode: modeA!, strategy: strategyA! })
    : t("each", { modeA: modeA!, strategyA: strategyA!, modeB: modeB!, strategyB: strategyB! });
  if (changes.length === 0) return t("sameInputs", { recommendation });
  const list = changes
    .slice(0, 4)
    .map((c) => t("change", { name: c.name.toLowerCase(), a: c.a, b: c.b }))
    .join(t("listSeparator"));
  return changes.length > 4
    ? t("inputsDifferMore", { recommendation, list, count: changes.length - 4 })
    : t("inputsDiffer", { recommendation, list });
}
