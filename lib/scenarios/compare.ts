import type { useTranslations } from "next-intl";

import type { ScenarioComparison, ScenarioDifference, ScenarioResults } from "@/lib/contracts/scenarios";
import { ScoringInputError } from "@/lib/scoring";

import { changedWeights, cloneSnapshot, ranksOf, sharesOf, snapshotOf, type Snapshot } from "./snapshot";
import { comparisonWords } from "./wording";

// Two results side by side (two scenarios, or a scenario's frozen results and the same inputs on
// today's data): weights, rankings with the moves, the values that differ, and which single
// difference moves the ranking most. Attribution is one-at-a-time: A's ranking is recomputed with
// exactly one of B's differences, every difference in turn (the one-factor-at-a-time sensitivity
// design, e.g. Saltelli et al. 2008 §1.2.3); interactions between differences are not split up.
// The words (labels, summary) come from the translator it is given ("scenarios.comparison",
// English by default); the sides' labels come worded by the caller.

export type ComparedSide = { label: string; results: ScenarioResults };

type Candidate = Omit<
  ScenarioDifference,
  "displacement" | "explainsBiggestMove" | "leaderChanges" | "ranks" | "error"
> & {
  apply: (s: Snapshot) => void;
};

const EPSILON = 1e-9;
function methodName(t: ReturnType<typeof useTranslations<"scenarios.comparison">>, method: string): string {
  if (method === "wsm") return t("methodWsm");
  if (method === "topsis") return t("methodTopsis");
  if (method === "promethee2") return t("methodPromethee2");
  return method;
}

/** The sides' labels when a scenario's frozen results are compared with today's data. */
export function recomputeLabels(t: ReturnType<typeof useTranslations<"scenarios.comparison">>) {
  return { saved: t("savedResults"), today: t("todaysData") };
}

export function compareResults(
  sideA: ComparedSide,
  sideB: ComparedSide,
  t: ReturnType<typeof useTranslations<"scenarios.comparison">> = comparisonWords(),
): ScenarioComparison {
  const A = sideA.results;
  const B = sideB.results;
  const a = snapshotOf(A);
  const b = snapshotOf(B);
  const marketName = (iso3: string) => A.labels.markets[iso3] ?? B.labels.markets[iso3] ?? iso3;
  const criterionName = (id: string) => A.labels.criteria[id] ?? B.labels.criteria[id] ?? id;
  const groupName = (key: string) => A.labels.groups[key] ?? B.labels.groups[key] ?? key;

  const rankA = new Map(A.ranking.ranking.map((r) => [r.id, r]));
  const rankB = new Map(B.ranking.ranking.map((r) => [r.id, r]));
  const common = a.markets.filter((iso3) => rankB.has(iso3));

  const rankings = [...new Set([...a.markets, ...b.markets])]
    .map((iso3) => {
      const ra = rankA.get(iso3);
      const rb = rankB.get(iso3);
      return {
        iso3,
        name: marketName(iso3),
        rankA: ra?.rank ?? null,
        rankB: rb?.rank ?? null,
        move: ra && rb ? ra.rank - rb.rank : null,
        scoreA: ra?.score ?? null,
        scoreB: rb?.score ?? null,
      };
    })
    .sort(
      (x, y) =>
        (x.rankA ?? Infinity) - (y.rankA ?? Infinity) ||
        (x.rankB ?? Infinity) - (y.rankB ?? Infinity) ||
        x.iso3.localeCompare(y.iso3),
    );

  const biggest = rankings
    .filter((r) => r.move !== null && r.move !== 0)
    .sort((x, y) => Math.abs(y.move!) - Math.abs(x.move!) || x.rankB! - y.rankB! || x.iso3.localeCompare(y.iso3))[0];
  const biggestMove = biggest
    ? { iso3: biggest.iso3, rankA: biggest.rankA!, rankB: biggest.rankB!, move: biggest.move! }
    : null;

  const dataChanges = dataChangesOf(A, B, a, b, common, criterionName);
  const candidates = candidatesOf(a, b, { common, criterionName, groupName, dataChanges }, t);

  let baseline: Map<string, number> | null = null;
  try {
    baseline = ranksOf(a);
  } catch {
    baseline = new Map(A.ranking.ranking.map((r) => [r.id, r.rank]));
  }
  const leaderOf = (ranks: Map<string, number>) =>
    [...ranks]
      .filter(([, r]) => r === 1)
      .map(([id]) => id)
      .sort()[0] ?? null;
  const baseLeader = leaderOf(baseline);

  const differences: ScenarioDifference[] = candidates.map(({ apply, ...difference }) => {
    const changed = cloneSnapshot(a);
    apply(changed);
    try {
      const ranks = ranksOf(changed);
      let displacement = 0;
      for (const iso3 of common) displacement += Math.abs((ranks.get(iso3) ?? 0) - (baseline.get(iso3) ?? 0));
      const explains =
        biggestMove && ranks.has(biggestMove.iso3)
          ? Math.abs(baseline.get(biggestMove.iso3)! - biggestMove.rankB) -
            Math.abs(ranks.get(biggestMove.iso3)! - biggestMove.rankB)
          : null;
      return {
        ...difference,
        displacement,
        explainsBiggestMove: explains,
        leaderChanges: leaderOf(ranks) !== baseLeader,
        ranks: Object.fromEntries(ranks),
        error: null,
      };
    } catch (error) {
      if (!(error instanceof ScoringInputError)) throw error;
      return {
        ...difference,
        displacement: null,
        explainsBiggestMove: null,
        leaderChanges: false,
        ranks: null,
        error: error.message,
      };
    }
  });

  const cause = causeOf(differences);
  return {
    a: {
      label: sideA.label,
      datasetVersion: A.datasetVersion,
      method: methodName(t, a.method),
      leader: A.ranking.ranking[0]?.id ?? null,
    },
    b: {
      label: sideB.label,
      datasetVersion: B.datasetVersion,
      method: methodName(t, b.method),
      leader: B.ranking.ranking[0]?.id ?? null,
    },
    weights: weightsSideBySide(a, b, A, B, criterionName, groupName),
    rankings,
    dataChanges,
    differences,
    biggestMove,
    cause,
    summary: capitalized(summaryOf(sideA.label, sideB.label, differences, cause, biggestMove, marketName, t)),
  };
}

/** The difference that brings the biggest mover closest to its rank in B; else the one that moves most. */
function causeOf(differences: ScenarioDifference[]): number | null {
  let best: number | null = null;
  const key = (d: ScenarioDifference) => [d.explainsBiggestMove ?? -Infinity, d.displacement ?? -Infinity] as const;
  differences.forEach((d, i) => {
    if (d.error !== null || !(d.displacement! > 0)) return;
    if (best === null) {
      best = i;
      return;
    }
    const [e, m] = key(d);
    const [be, bm] = key(differences[best]!);
    if (e > be || (e === be && m > bm)) best = i;
  });
  return best;
}

function weightsSideBySide(
  a: Snapshot,
  b: Snapshot,
  A: ScenarioResults,
  B: ScenarioResults,
  criterionName: (id: string) => string,
  groupName: (key: string) => string,
): ScenarioComparison["weights"] {
  const effectiveGroups = (s: Snapshot, results: ScenarioResults) => {
    const shares = new Map<string, number>();
    for (const [id, weight] of Object.entries(results.ranking.weights)) {
      const group = s.criteria.get(id)?.group;
      if (group !== undefined) shares.set(group, (shares.get(group) ?? 0) + weight);
    }
    return shares;
  };
  const ga = effectiveGroups(a, A);
  const gb = effectiveGroups(b, B);
  // Arrays keep the criteria tree's order; object keys do not survive Postgres's jsonb.
  const groupOrder = [
    ...new Set([
      ...(A.problem.groups ?? []).map((g) => g.id),
      ...(B.problem.groups ?? []).map((g) => g.id),
      ...ga.keys(),
      ...gb.keys(),
    ]),
  ];
  const criteria = [...new Set([...a.criteria.keys(), ...b.criteria.keys()])];
  const groupIndex = (key: string | null) => (key === null ? groupOrder.length : groupOrder.indexOf(key));
  return {
    groups: groupOrder
      .filter((key) => ga.has(key) || gb.has(key))
      .map((key) => ({ key, name: groupName(key), a: ga.get(key) ?? 0, b: gb.get(key) ?? 0 })),
    criteria: criteria
      .map((id) => ({
        id,
        name: criterionName(id),
        group: a.criteria.get(id)?.group ?? b.criteria.get(id)?.group ?? null,
        a: A.ranking.weights[id] ?? 0,
        b: B.ranking.weights[id] ?? 0,
      }))
      .sort((x, y) => groupIndex(x.group) - groupIndex(y.group)),
  };
}

function sameValue(x: number | null | undefined, y: number | null | undefined): boolean {
  if (typeof x !== "number" || typeof y !== "number") return (x ?? null) === (y ?? null);
  return Math.abs(x - y) <= EPSILON * Math.max(1, Math.abs(x), Math.abs(y));
}

function dataChangesOf(
  A: ScenarioResults,
  B: ScenarioResults,
  a: Snapshot,
  b: Snapshot,
  common: string[],
  criterionName: (id: string) => string,
): ScenarioComparison["dataChanges"] {
  const cell = (results: ScenarioResults, s: Snapshot, iso3: string, id: string) => {
    const value = s.values.get(iso3)?.get(id);
    if (typeof value !== "number") return null;
    const source = results.provenance[iso3]?.[id];
    return { value, year: source?.year ?? null, source: source?.source ?? null };
  };
  const changes: ScenarioComparison["dataChanges"] = [];
  for (const id of a.criteria.keys()) {
    if (!b.criteria.has(id)) continue;
    for (const iso3 of common) {
      const ca = cell(A, a, iso3, id);
      const cb = cell(B, b, iso3, id);
      if (!sameValue(ca?.value, cb?.value) || ca?.year !== cb?.year)
        changes.push({ iso3, criterion: id, criterionName: criterionName(id), a: ca, b: cb });
    }
  }
  return changes;
}

/** Every way B differs from A, each with the change that applies it alone to A. */
function candidatesOf(
  a: Snapshot,
  b: Snapshot,
  ctx: {
    common: string[];
    criterionName: (id: string) => string;
    groupName: (key: string) => string;
    dataChanges: ScenarioComparison["dataChanges"];
  },
  t: ReturnType<typeof useTranslations<"scenarios.comparison">>,
): Candidate[] {
  const out: Candidate[] = [];
  const percent = (share: number) => t("percent", { share });
  const methodText = (s: Snapshot) =>
    s.normalization === "none"
      ? methodName(t, s.method)
      : t("methodNormalized", { method: methodName(t, s.method), normalization: s.normalization });
  if (a.method !== b.method || a.normalization !== b.normalization) {
    out.push({
      kind: "method",
      key: "method",
      label: t("method"),
      a: methodText(a),
      b: methodText(b),
      apply: (s) => {
        s.method = b.method;
        s.normalization = b.normalization;
      },
    });
  }
  if (a.missing !== b.missing) {
    const text = (m: string) => (m === "worst" ? t("missingWorst") : t("missingRenormalize"));
    out.push({
      kind: "missing",
      key: "missing",
      label: t("missing"),
      a: text(a.missing),
      b: text(b.missing),
      apply: (s) => void (s.missing = b.missing),
    });
  }
  const setA = new Set(a.markets);
  const setB = new Set(b.markets);
  if (a.markets.some((m) => !setB.has(m)) || b.markets.some((m) => !setA.has(m))) {
    out.push({
      kind: "markets",
      key: "markets",
      label: t("markets"),
      a: t("marketsA", { count: a.markets.length }),
      b: t("marketsB", {
        count: b.markets.length,
        added: [...setB].filter((m) => !setA.has(m)).length,
        removed: [...setA].filter((m) => !setB.has(m)).length,
      }),
      apply: (s) => {
        for (const iso3 of b.markets) {
          if (setA.has(iso3)) continue;
          s.values.set(iso3, new Map([...s.criteria.keys()].map((id) => [id, b.values.get(iso3)?.get(id) ?? null])));
        }
        s.markets = [...b.markets];
      },
    });
  }

  // A criterion A does not weigh yet comes with B's definition and values.
  const adopt = (s: Snapshot, id: string) => {
    const fromB = b.criteria.get(id);
    if (!fromB) return;
    if (!s.criteria.has(id)) s.criteria.set(id, { ...fromB, within: 0 });
    for (const iso3 of s.markets) {
      const values = s.values.get(iso3)!;
      if (values.get(id) === undefined || values.get(id) === null) values.set(id, b.values.get(iso3)?.get(id) ?? null);
    }
  };

  const groups = changedWeights(a.groups, b.groups);
  const [groupSharesA, groupSharesB] = [sharesOf(a.groups), sharesOf(b.groups)];
  for (const key of groups.changed) {
    out.push({
      kind: "group_weight",
      key,
      label: t("groupWeight", { group: ctx.groupName(key) }),
      a: percent(groupSharesA.get(key) ?? 0),
      b: percent(groupSharesB.get(key) ?? 0),
      apply: (s) => {
        if (!((s.groups.get(key) ?? 0) > 0)) {
          for (const [id, c] of b.criteria) {
            if (c.group !== key) continue;
            adopt(s, id);
            s.criteria.set(id, { ...c });
          }
        }
        s.groups.set(key, (b.groups.get(key) ?? 0) / groups.scale);
      },
    });
  }

  // Within a group both weigh: criteria weights, compared the same way.
  const members = (s: Snapshot, key: string) =>
    new Map([...s.criteria].filter(([, c]) => c.group === key).map(([id, c]) => [id, c.within]));
  for (const key of new Set([...a.groups.keys(), ...b.groups.keys()])) {
    if (!((a.groups.get(key) ?? 0) > 0 && (b.groups.get(key) ?? 0) > 0)) continue;
    const [ma, mb] = [members(a, key), members(b, key)];
    const within = changedWeights(ma, mb);
    const [sharesA, sharesB] = [sharesOf(ma), sharesOf(mb)];
    for (const id of within.changed) {
      out.push({
        kind: "criterion_weight",
        key: id,
        label: t("criterionWeight", { criterion: ctx.criterionName(id), group: ctx.groupName(key) }),
        a: percent(sharesA.get(id) ?? 0),
        b: percent(sharesB.get(id) ?? 0),
        apply: (s) => {
          adopt(s, id);
          s.criteria.set(id, { ...s.criteria.get(id)!, within: (mb.get(id) ?? 0) / within.scale });
        },
      });
    }
  }

  const changedCriteria = [...new Set(ctx.dataChanges.map((c) => c.criterion))];
  for (const id of changedCriteria) {
    const cells = ctx.dataChanges.filter((c) => c.criterion === id);
    out.push({
      kind: "data",
      key: id,
      label: t("data", { criterion: ctx.criterionName(id) }),
      a: t("dataOwn"),
      b: t("dataDiffer", { count: cells.length }),
      apply: (s) => {
        for (const cell of cells) s.values.get(cell.iso3)?.set(id, cell.b?.value ?? null);
      },
    });
  }
  return out;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

function summaryOf(
  labelA: string,
  labelB: string,
  differences: ScenarioDifference[],
  cause: number | null,
  biggestMove: ScenarioComparison["biggestMove"],
  marketName: (iso3: string) => string,
  t: ReturnType<typeof useTranslations<"scenarios.comparison">>,
): string {
  const [a, b] = [labelA, labelB];
  if (differences.length === 0) return t("same", { a, b });
  if (!biggestMove) return t("noMove", { a, b, count: differences.length });
  const market = marketName(biggestMove.iso3);
  const nth = (n: number) => t("ordinal", { n });
  const first = t("biggestMove", {
    market,
    rankA: nth(biggestMove.rankA),
    rankB: nth(biggestMove.rankB),
    a,
    b,
    direction: biggestMove.move > 0 ? "up" : "down",
    places: Math.abs(biggestMove.move),
  });
  if (cause === null) return t("combined", { first });
  const d = differences[cause]!;
  const what =
    d.kind === "data"
      ? t("causeData", { label: d.label, detail: d.b })
      : t("causeInputs", { label: d.label, valueA: d.a, valueB: d.b, a, b });
  const rank = d.ranks?.[biggestMove.iso3];
  if (d.explainsBiggestMove !== null && d.explainsBiggestMove > 0 && rank !== undefined) {
    return t("explained", { first, what, market, from: nth(biggestMove.rankA), to: nth(rank) });
  }
  return t("unexplained", { first, market, b, what, places: d.displacement ?? 0 });
}
