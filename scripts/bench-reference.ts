/**
 * Bench tasks for the reference set, gaps and value sampling of decision records 013 and 011
 * (issue 10), added to `npm run bench`: inputs shaped like the workspace's at 25 markets, with a
 * reference set of 218 economies per criterion, one value in ten missing and every value uncertain.
 */
import { ScoreRequestSchema, type ScoreRequest } from "../lib/contracts/engine";
import { monteCarloRanks, rankAlternatives, SeededRandom, type Method } from "../lib/scoring";

export interface BenchTask {
  name: string;
  size: string;
  targetMs: number | null;
  warmup: number;
  runs: number;
  run: () => unknown;
}

const REFERENCE_SIZE = 218;

function withReference(method: Method, n: number, m: number, seed: number, preference?: "linear"): ScoreRequest {
  const random = new SeededRandom(seed);
  const draw = () => Math.round(1000 * random.uniform()) / 10;
  const criteria = Array.from({ length: m }, (_, c) => ({
    id: `c${c}`,
    weight: 0.1 + random.uniform(),
    direction: c % 4 === 3 ? ("cost" as const) : ("benefit" as const),
    ...(preference ? { preference: { type: preference } } : {}),
  }));
  const alternatives = Array.from({ length: n }, (_, a) => {
    const values: Record<string, number | null> = {};
    const uncertainty: Record<string, { absolute: number }> = {};
    for (let c = 0; c < m; c++) {
      const missing = a > 0 && random.uniform() < 0.1;
      values[`c${c}`] = missing ? null : draw();
      if (!missing) uncertainty[`c${c}`] = { absolute: 1 + 4 * random.uniform() };
    }
    return { id: `m${String(a).padStart(3, "0")}`, values, uncertainty };
  });
  const reference = {
    label: `${REFERENCE_SIZE} synthetic economies`,
    values: Object.fromEntries(criteria.map((c) => [c.id, Array.from({ length: REFERENCE_SIZE }, draw)])),
  };
  return ScoreRequestSchema.parse(JSON.parse(JSON.stringify({ method, criteria, alternatives, reference })));
}

export function referenceTasks(): BenchTask[] {
  const rankPromethee = withReference("promethee2", 200, 40, 11, "linear");
  const mcWsm = withReference("wsm", 25, 30, 12);
  const mcPromethee = withReference("promethee2", 25, 30, 13, "linear");
  const mcPrometheeUsual = withReference("promethee2", 25, 30, 13);
  return [
    {
      name: "PROMETHEE II, linear, reference 218 (rankAlternatives)",
      size: "200 × 40",
      targetMs: 20,
      warmup: 5,
      runs: 30,
      run: () => rankAlternatives(rankPromethee),
    },
    {
      name: "Monte Carlo, weights + values, gaps, reference 218 (WSM)",
      size: "25 × 30, 10k",
      targetMs: 150,
      warmup: 3,
      runs: 15,
      run: () => monteCarloRanks(mcWsm, { samples: 10_000, seed: 1 }),
    },
    {
      name: "Monte Carlo, weights + values, reference 218 (PROMETHEE II, usual)",
      size: "25 × 30, 2k",
      // No target: the workspace runs it in a Web Worker with a progress bar (about 85 µs a draw:
      // 750 cells × two binary searches in the sorted reference).
      targetMs: null,
      warmup: 2,
      runs: 10,
      run: () => monteCarloRanks(mcPrometheeUsual, { samples: 2000, seed: 1 }),
    },
    {
      name: "Monte Carlo, weights + values, reference 218 (PROMETHEE II, linear)",
      size: "25 × 30, 2k",
      targetMs: null,
      warmup: 1,
      runs: 5,
      run: () => monteCarloRanks(mcPromethee, { samples: 2000, seed: 1 }),
    },
  ];
}
