import "server-only";

/**
 * The worker pool's entry (bundled to a standalone file by scripts/build-workers.ts, run by
 * piscina in worker threads; see lib/server/worker-pool.ts). The heavy engine calls and the report
 * PDF's rendering run here so the request thread stays free. Inputs arrive parsed; errors return as plain data (a thrown class
 * would lose its fields crossing the thread boundary) and become the same HTTP answers as before.
 */
import { threadId } from "node:worker_threads";

import { asRequestError } from "@/lib/commands/engine-commands";
import type { SensitivityRequest, SensitivityResponse } from "@/lib/contracts/engine";
import { RequestError } from "@/lib/http/errors";
import type { ScoringData } from "@/lib/contracts/api";
import type { ScenarioInputs } from "@/lib/contracts/scenarios";
import type { ReportModel } from "@/lib/reports/model";
import { computeScenarioResults, type ComputeContext, type ComputedScenario } from "@/lib/scenarios/compute";
import { decisionProblem } from "@/lib/scoring/decisionProblem";
import { methodAgreement, type MethodAgreement } from "@/lib/scoring/methodAgreement";
import { rankProblem } from "@/lib/scoring/rankAlternatives";
import { sensitivityRequest } from "@/lib/scoring/requests";
import { smallestWeightChange, type SmallestChange } from "@/lib/scoring/smallestChange";
import { stabilityIntervals, type StabilityResult } from "@/lib/scoring/stability";
import { tornadoSwings, type TornadoBar } from "@/lib/scoring/tornado";
import type { RankedAlternative, ScoringInput } from "@/lib/scoring/types";

export type EngineTask =
  | { kind: "sensitivity"; request: SensitivityRequest }
  | { kind: "robustness"; input: ScoringInput; names: Record<string, string> }
  | { kind: "scenario"; inputs: ScenarioInputs; data: ScoringData; context: ComputeContext }
  | { kind: "reportPdf"; model: ReportModel };

/** What /robustness shows: stability intervals, tornado, method agreement, the smallest change. */
export type RobustnessAnalysis = {
  leader: RankedAlternative;
  order: string[];
  stability: StabilityResult;
  tornado: TornadoBar[];
  agreement: MethodAgreement;
  /** Ids and weights; the page words it in the reader's language. */
  smallestChange: SmallestChange;
};

export type EngineResults = {
  sensitivity: SensitivityResponse;
  robustness: RobustnessAnalysis;
  scenario: ComputedScenario;
  reportPdf: Uint8Array;
};

function robustness(input: ScoringInput, names: Record<string, string>): RobustnessAnalysis {
  const problem = decisionProblem(input);
  const ranking = rankProblem(problem).ranking;
  return {
    leader: ranking[0]!,
    order: ranking.map((r) => r.id),
    stability: stabilityIntervals(problem),
    tornado: tornadoSwings(problem),
    agreement: methodAgreement(problem),
    smallestChange: smallestWeightChange(problem, names),
  };
}

/** A RequestError's fields, as they cross the thread boundary. */
export type TaskFailure = Pick<RequestError, "status" | "code" | "message" | "issues" | "limit">;

export type TaskOutcome<K extends EngineTask["kind"] = EngineTask["kind"]> = { threadId: number } & (
  { ok: true; value: EngineResults[K] } | { ok: false; failure: TaskFailure }
);

async function compute(task: EngineTask): Promise<EngineResults[EngineTask["kind"]]> {
  switch (task.kind) {
    case "sensitivity":
      return sensitivityRequest(task.request);
    case "robustness":
      return robustness(task.input, task.names);
    case "scenario":
      return computeScenarioResults(task.inputs, task.data, task.context);
    case "reportPdf": {
      // Loaded on the first PDF only: a thread that computes sensitivities never parses react-pdf.
      const { renderReportPdf } = await import("@/lib/reports/pdf");
      return new Uint8Array(await renderReportPdf(task.model));
    }
  }
}

export default async function run(task: EngineTask): Promise<TaskOutcome> {
  try {
    return { threadId, ok: true, value: await compute(task) };
  } catch (error) {
    const known = asRequestError(error);
    if (!(known instanceof RequestError)) throw error;
    const { status, code, message, issues, limit } = known;
    return { threadId, ok: false, failure: { status, code, message, issues, limit } };
  }
}
