import "server-only";

import type { ScoringInput } from "@/lib/scoring/types";

import { enginePool } from "./worker-pool";
import type { RobustnessAnalysis } from "./workers/engine";

export type { RobustnessAnalysis };

/**
 * The robustness page's analyses of a ranking (stability intervals, tornado, method agreement, the
 * smallest weight change that changes the leader), computed in the worker pool.
 */
export async function robustnessAnalysis(
  input: ScoringInput,
  names: Record<string, string>,
): Promise<RobustnessAnalysis> {
  const { value } = await enginePool().run({ kind: "robustness", input, names });
  return value;
}
