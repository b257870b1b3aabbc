import { z } from "zod";

import type { GroupResult } from "@/lib/contracts/decisions";
import {
  CreateScenarioSchema,
  ScenarioInputsSchema,
  ScenarioResultsSchema,
  ScenarioSchema,
  type Scenario,
  type ScenarioResults,
} from "@/lib/contracts/scenarios";

import type { ReportGroupDecision } from "./context";

// The JSON export: a scenario's inputs and its frozen results, whole, under a format name and
// version. Importing the file (POST /api/v1/scenarios/import) creates a new scenario from the
// inputs, recomputes on today's data set and reports whether the results came out identical.

export const EXPORT_FORMAT = "outbound-scenario";
export const EXPORT_FORMAT_VERSION = 1;

export const ScenarioExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, `must be "${EXPORT_FORMAT}" (a scenario exported by Outbound)`),
  formatVersion: z.literal(
    EXPORT_FORMAT_VERSION,
    `must be ${EXPORT_FORMAT_VERSION}; this Outbound reads version ${EXPORT_FORMAT_VERSION}`,
  ),
  exportedAt: z.string().optional(),
  scenario: z.object({
    id: z.string().optional(),
    name: CreateScenarioSchema.shape.name,
    notes: CreateScenarioSchema.shape.notes,
    version: z.number().int().min(1).optional(),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
    datasetVersion: z.string().optional(),
    datasetHash: z.string().optional(),
    inputs: ScenarioInputsSchema,
    /** Without results the import just creates the scenario; there is nothing to compare. */
    results: ScenarioResultsSchema.optional(),
  }),
});
export type ScenarioExport = z.infer<typeof ScenarioExportSchema>;

/** What names a scenario and its version, as the export and the report print it. */
export function scenarioIdentity(scenario: Scenario) {
  const { id, name, notes, version, createdAt, updatedAt } = scenario;
  return { id, name, notes, version, createdAt, updatedAt };
}

export function scenarioExport(
  scenario: Scenario,
  exportedAt: Date,
  group?: ReportGroupDecision | null,
): ScenarioExport & { groupDecision?: GroupDecisionExport } {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    scenario: {
      ...scenarioIdentity(scenario),
      datasetVersion: scenario.datasetVersion,
      datasetHash: scenario.datasetHash,
      inputs: scenario.inputs,
      results: scenario.results,
    },
    ...(group ? { groupDecision: groupDecisionExport(group) } : {}),
  };
}

/**
 * The group decision a scenario was frozen from (issue 13 §4.5), as frozen: set-up and result.
 * Informative only (an import ignores it). Hidden names stay hidden: members become "Member k"
 * and their account ids "member-k".
 */
export type GroupDecisionExport = {
  name: string;
  frozenAt: string | null;
  setup: ReportGroupDecision["setup"];
  result: GroupResult;
};

export function groupDecisionExport(group: ReportGroupDecision): GroupDecisionExport {
  const { result, hideNames } = group.frozen;
  const alias = new Map(result.members.map((m, k) => [m.userId, { id: `member-${k + 1}`, name: `Member ${k + 1}` }]));
  const id = (userId: string) => (hideNames ? (alias.get(userId)?.id ?? userId) : userId);
  const shown: GroupResult = hideNames
    ? {
        ...result,
        members: result.members.map((m) => ({ ...m, userId: id(m.userId), name: alias.get(m.userId)!.name })),
        criteria: result.criteria.map((c) => ({
          ...c,
          displacedBy: c.displacedBy === null ? null : id(c.displacedBy),
        })),
        ranking: result.ranking.map((r) => ({
          ...r,
          memberRanks: Object.fromEntries(Object.entries(r.memberRanks).map(([u, rank]) => [id(u), rank])),
        })),
        mostDivisive: result.mostDivisive
          ? { ...result.mostDivisive, displacedBy: id(result.mostDivisive.displacedBy) }
          : null,
      }
    : result;
  return { name: group.name, frozenAt: group.frozenAt?.toISOString() ?? null, setup: group.setup, result: shown };
}

export function renderJson(scenario: Scenario, exportedAt: Date, group?: ReportGroupDecision | null): string {
  return `${JSON.stringify(scenarioExport(scenario, exportedAt, group), null, 2)}\n`;
}

export const REPRODUCTION_STATUSES = ["identical", "different", "dataset_changed", "no_results_in_file"] as const;

export const ReproductionSchema = z.object({
  /**
   * identical: same data set, same results (computedAt aside); different: same data set, other
   * results; dataset_changed: the data set is not the one the file was computed on, so identity
   * is not claimed; no_results_in_file: nothing to compare.
   */
  status: z.enum(REPRODUCTION_STATUSES),
  identical: z.boolean(),
  file: z.object({ datasetVersion: z.string().nullable(), datasetHash: z.string().nullable() }),
  current: z.object({ datasetVersion: z.string(), datasetHash: z.string() }),
  /** Where the recomputed results differ from the file's (JSON paths, at most 20). */
  differences: z.array(z.string()),
  message: z.string(),
});
export type Reproduction = z.infer<typeof ReproductionSchema>;

export const ImportResponseSchema = z.object({ scenario: ScenarioSchema, reproduction: ReproductionSchema });
export type ImportResponse = z.infer<typeof ImportResponseSchema>;

const MAX_DIFFERENCES = 20;

/** Compares the file's results with the ones recomputed on import. Pure. */
export function reproductionOf(file: ScenarioExport["scenario"], recomputed: ScenarioResults): Reproduction {
  const current = { datasetVersion: recomputed.datasetVersion, datasetHash: recomputed.datasetHash };
  const fileDataset = {
    datasetVersion: file.results?.datasetVersion ?? file.datasetVersion ?? null,
    datasetHash: file.results?.datasetHash ?? file.datasetHash ?? null,
  };
  if (!file.results) {
    return {
      status: "no_results_in_file",
      identical: false,
      file: fileDataset,
      current,
      differences: [],
      message:
        "The file holds no results, so there is nothing to compare: the scenario was created and computed on today's data set.",
    };
  }
  const differences: string[] = [];
  diffPaths(withoutTime(file.results), withoutTime(recomputed), "results", differences);
  if (fileDataset.datasetHash !== current.datasetHash) {
    return {
      status: "dataset_changed",
      identical: false,
      file: fileDataset,
      current,
      differences,
      message:
        `The data set has changed since the file was made (data set ${fileDataset.datasetVersion ?? "unknown"} then, ${current.datasetVersion} now), so identical results cannot be claimed. ` +
        (differences.length === 0
          ? "The recomputed results nevertheless match the file's."
          : `The recomputed results differ from the file's in ${differences.length === MAX_DIFFERENCES ? "at least " : ""}${differences.length} places.`),
    };
  }
  return differences.length === 0
    ? {
        status: "identical",
        identical: true,
        file: fileDataset,
        current,
        differences,
        message: `Recomputed on the same data set (${current.datasetVersion}): the results are identical to the file's.`,
      }
    : {
        status: "different",
        identical: false,
        file: fileDataset,
        current,
        differences,
        message: `Recomputed on the same data set (${current.datasetVersion}), the results differ from the file's in ${differences.length === MAX_DIFFERENCES ? "at least " : ""}${differences.length} places; the file's results were not produced by these inputs on this data set.`,
      };
}

/** When the results were computed is not part of what they say. */
function withoutTime(results: ScenarioResults): unknown {
  return JSON.parse(JSON.stringify({ ...results, computedAt: undefined }));
}

function diffPaths(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length >= MAX_DIFFERENCES) return;
  if (Object.is(a, b)) return;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") {
    out.push(path);
    return;
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    out.push(path);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(`${path} (length ${a.length} vs ${b.length})`);
      return;
    }
    a.forEach((item, i) => diffPaths(item, b[i], `${path}[${i}]`, out));
    return;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
    if (!(key in x) || !(key in y)) out.push(`${path}.${key}`);
    else diffPaths(x[key], y[key], `${path}.${key}`, out);
    if (out.length >= MAX_DIFFERENCES) return;
  }
}
