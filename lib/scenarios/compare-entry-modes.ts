import type { EntryModeResponse } from "@/lib/contracts/fit";
import type { EntryModeComparison } from "@/lib/contracts/scenarios";

// Two scenarios' entry modes and strategies side by side (issue 11 §4): what each recommends, every
// option's score and rank in both, and which inputs of the fit differ (the assessed market, the
// firm profile, the market's factor values), so a change of recommendation can be traced to its
// cause. Pure: reads the frozen results only, never recomputes.

type FitSide = EntryModeComparison["a"];
type FitOptionRow = EntryModeComparison["modes"][number];
type FitInputChange = EntryModeComparison["inputChanges"][number];

const NO_FIRM = "no firm profile was saved with it, so no entry mode or strategy was assessed";

function side(fit: EntryModeResponse | null): FitSide {
  if (!fit) return { market: null, mode: null, strategy: null, missing: NO_FIRM };
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

const shown = (value: number | undefined) => (value === undefined ? "not set" : String(value));

export function compareEntryModes(
  fitA: EntryModeResponse | null,
  fitB: EntryModeResponse | null,
  factorNames: Record<string, string>,
): EntryModeComparison {
  const a = side(fitA);
  const b = side(fitB);
  const inputChanges: FitInputChange[] = [];
  if (fitA && fitB) {
    if (fitA.market.iso3 !== fitB.market.iso3)
      inputChanges.push({
        kind: "market",
        key: "market",
        name: "Market assessed",
        a: fitA.market.name ?? fitA.market.iso3 ?? "inline profile",
        b: fitB.market.name ?? fitB.market.iso3 ?? "inline profile",
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
    summary: summarize(a, b, inputChanges),
  };
}

function summarize(a: FitSide, b: FitSide, changes: FitInputChange[]): string {
  if (a.missing && b.missing) return `Neither scenario has entry modes: ${NO_FIRM} in either.`;
  if (a.missing) return `Only B has entry modes: for A, ${a.missing}.`;
  if (b.missing) return `Only A has entry modes: for B, ${b.missing}.`;
  const same = a.mode === b.mode && a.strategy === b.strategy;
  const recommendation = same
    ? `Both recommend ${a.mode} with ${a.strategy}.`
    : `A recommends ${a.mode} with ${a.strategy}; B recommends ${b.mode} with ${b.strategy}.`;
  if (changes.length === 0) return `${recommendation} Their fit inputs are the same.`;
  const listed = changes.slice(0, 4).map((c) => `${c.name.toLowerCase()} ${c.a} → ${c.b}`);
  const more = changes.length > 4 ? ` and ${changes.length - 4} more` : "";
  return `${recommendation} The fit inputs that differ: ${listed.join("; ")}${more}.`;
}
