import fc from "fast-check";
import { expect, test } from "vitest";

import type { WorkspaceState } from "@/lib/contracts/workspace";
import { beats, globalWeights, rankAlternatives } from "@/lib/scoring";
import { workspaceScoringInput } from "@/lib/workspace/scoring-input";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";
import { SLIDER_STEP, criterionSliderId, groupSliderId, treeWeights, weightBands } from "@/lib/workspace/weight-bands";

import { shippedScoringData } from "./fixture";

test("the band's tree weights are the engine's global weights", () => {
  const groupOf = ["a", "a", "b", "c", "c", "c"];
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
      fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      (raw, groupRaw) => {
        const groups = ["a", "b", "c"].map((id, k) => ({ id, weight: groupRaw[k]! }));
        const engine = globalWeights(
          raw.map((w, c) => ({ id: `c${c}`, weight: w, direction: "benefit" as const, group: groupOf[c] })),
          groups,
        );
        const out = new Float64Array(6);
        expect(treeWeights(groupOf, raw, new Map(groups.map((g) => [g.id, g.weight])), out)).toBe(true);
        out.forEach((w, c) => expect(w).toBeCloseTo(engine[c]!, 12));
      },
    ),
  );
});

/** Does the leader stay first (nobody strictly ahead) in the ranking the workspace would compute? */
function leaderHolds(state: WorkspaceState, leader: string): boolean {
  const scoring = workspaceScoringInput(shippedScoringData(), state);
  if (!scoring.ok) return false;
  const ranking = rankAlternatives(scoring.input).ranking;
  const top = ranking.find((r) => r.id === leader)!;
  return !ranking.some((r) => r.id !== leader && beats(r.score, top.score));
}

test.each(["wsm", "topsis", "promethee2"] as const)(
  "%s: inside each band the leader stays first; one step beyond a bounded edge it does not (checked with rankAlternatives)",
  (method) => {
    const data = shippedScoringData();
    const state: WorkspaceState = { ...defaultWorkspaceState(), method };
    const bands = weightBands(data, state)!;
    expect(bands).not.toBeNull();
    const leader = bands.leader;
    const scoring = workspaceScoringInput(data, state);
    if (!scoring.ok) throw new Error(scoring.reason);
    expect(rankAlternatives(scoring.input).ranking[0]!.id).toBe(leader);
    const checks: [string, (v: number) => WorkspaceState][] = [
      [groupSliderId("infrastructure"), (v) => ({ ...state, groupWeights: { infrastructure: v } })],
      [groupSliderId("proximity"), (v) => ({ ...state, groupWeights: { proximity: v } })],
      [criterionSliderId("internet_users_pct"), (v) => ({ ...state, indicatorWeights: { internet_users_pct: v } })],
      [
        criterionSliderId("distance_to_beijing_km"),
        (v) => ({ ...state, indicatorWeights: { distance_to_beijing_km: v } }),
      ],
    ];
    for (const [id, at] of checks) {
      const band = bands.bands[id]!;
      expect(band.low).toBeLessThanOrEqual(band.high);
      expect(leaderHolds(at(band.low), leader)).toBe(true);
      expect(leaderHolds(at(band.high), leader)).toBe(true);
      if (band.lowChallenger)
        expect(leaderHolds(at(Math.round((band.low - SLIDER_STEP) * 100) / 100), leader)).toBe(false);
      if (band.highChallenger)
        expect(leaderHolds(at(Math.round((band.high + SLIDER_STEP) * 100) / 100), leader)).toBe(false);
    }
  },
);

test("a criterion nobody has data for, or the unrated competition group, gets no band", () => {
  const bands = weightBands(shippedScoringData(), defaultWorkspaceState())!;
  expect(bands.bands[groupSliderId("competition")]).toBeUndefined();
  // one band per measured group that has indicators (4 until host_policy has its evidence-derived
  // indicators) and one per indicator (24 in data set 2026.12.1)
  const data = shippedScoringData();
  const measured = data.criteriaGroups.filter(
    (g) => g.measurement === "public_data" && data.indicators.some((i) => i.criteriaGroup === g.key),
  );
  const indicators = data.indicators.filter((i) => measured.some((g) => g.key === i.criteriaGroup));
  expect(measured.length).toBeGreaterThanOrEqual(4);
  expect(Object.keys(bands.bands)).toHaveLength(measured.length + indicators.length);
});
