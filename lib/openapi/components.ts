import { zodToOpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import * as api from "@/lib/contracts/api";
import * as audit from "@/lib/contracts/audit";
import * as backup from "@/lib/contracts/backup";
import * as caseLibrary from "@/lib/contracts/case-library";
import * as cases from "@/lib/contracts/cases";
import * as decisions from "@/lib/contracts/decisions";
import * as engine from "@/lib/contracts/engine";
import * as evidence from "@/lib/contracts/evidence";
import * as fit from "@/lib/contracts/fit";
import * as imports from "@/lib/contracts/imports";
import * as people from "@/lib/contracts/people";
import * as scenarios from "@/lib/contracts/scenarios";
import * as shares from "@/lib/contracts/shares";
import * as weightPresets from "@/lib/contracts/weight-presets";
import { ImportResponseSchema, ScenarioExportSchema } from "@/lib/reports/json";

// The contracts' schemas under the names the document gives them (components/schemas/…).
//
// The names go into the generator's own metadata registry, keyed by the contract's schema instance,
// rather than through `registry.register(name, schema)`: register() returns a renamed copy, so a
// contract used inside another (ScenarioResults inside Scenario, RecomputePreview, the JSON export)
// would still be written out in full at every use. Keyed by the instance, every use becomes one
// $ref. It also spares `extendZodWithOpenApi`, which patches zod's prototype for the whole server
// process, and leaves lib/contracts untouched (the schemas stay plain zod). The registry is the
// library's exported `zodToOpenAPIRegistry` (its docs say to use it with care) and `_internal.refId`
// is exactly what `.openapi(name)` writes there; a library upgrade that changes this fails the
// tests in tests/unit/openapi (the components and their $refs are asserted).

const named = new Map<string, z.ZodType>();

function name<S extends z.ZodType>(refId: string, schema: S, description?: string): S {
  zodToOpenAPIRegistry.add(schema, { ...(description ? { description } : {}), _internal: { refId } });
  named.set(refId, schema);
  return schema;
}

/** The zod schema behind a component (`#/components/schemas/<refId>`), for checking answers against it. */
export function componentSchema(refId: string): z.ZodType | undefined {
  return named.get(refId);
}

/**
 * z.json() is recursive (a lazy union holding arrays and records of itself): unnamed, the generator
 * would expand it forever. Every such schema inside `schema` becomes a $ref to one JsonValue
 * component; any other recursive schema stops the generation with a message saying what to do.
 */
export function nameRecursive(schema: z.core.$ZodType, seen = new Set<z.core.$ZodType>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "lazy": {
      const inner = def.getter();
      if (!isJsonValue(inner)) {
        throw new Error("A recursive schema other than z.json() needs a component name in lib/openapi/components.ts.");
      }
      // The self-reference inside the union is z.json() itself; a refined copy
      // (`z.json().superRefine(…)`) is another object whose union still points at the original, so
      // the original is what gets the name (for plain z.json() the two are the same object).
      const array = (inner as z.core.$ZodUnion)._zod.def.options.find((o) => o._zod.def.type === "array");
      const self = (array as z.core.$ZodArray | undefined)?._zod.def.element ?? schema;
      name("JsonValue", self as z.ZodType, "Any JSON value, kept as the file holds it.");
      return;
    }
    case "object":
      for (const child of Object.values(def.shape)) nameRecursive(child, seen);
      if (def.catchall) nameRecursive(def.catchall, seen);
      return;
    case "array":
      return nameRecursive(def.element, seen);
    case "record":
      return nameRecursive(def.valueType, seen);
    case "union":
      for (const option of def.options) nameRecursive(option, seen);
      return;
    case "tuple":
      for (const item of def.items) nameRecursive(item, seen);
      return;
    case "intersection":
      nameRecursive(def.left, seen);
      return nameRecursive(def.right, seen);
    case "pipe":
      nameRecursive(def.in, seen);
      return nameRecursive(def.out, seen);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      return nameRecursive(def.innerType, seen);
    default:
      return;
  }
}

const JSON_VALUE_KINDS = ["array", "boolean", "null", "number", "record", "string"].join();

function isJsonValue(inner: z.core.$ZodType): boolean {
  const def = (inner as z.core.$ZodTypes)._zod.def;
  return (
    def.type === "union" &&
    def.options
      .map((o) => o._zod.def.type)
      .sort()
      .join() === JSON_VALUE_KINDS
  );
}

/** The error body every route answers with (lib/http/route.ts builds it). */
export const ApiError = name(
  "ApiError",
  api.ApiError,
  "What went wrong: a stable `code`, a sentence for the user, every offending field in `issues` (for a 400), and the limit that was passed in `limit` (for a 413).",
);

/** Names the contracts once per process; the document is generated after this. */
export function nameContracts(): void {
  name("Health", api.Health);
  name("MarketSummary", api.MarketSummary);
  name("SourcedValue", api.SourcedValue, "A value with the year it refers to and its source.");
  name("MarketList", api.MarketList);
  name("MarketValues", api.MarketValues);
  name("MarketProfile", api.MarketProfile);
  name(
    "EcommerceSize",
    evidence.EcommerceSize,
    "Every published e-commerce size figure of a market, and the range across sources for the latest year, per currency.",
  );
  name("EcommerceSizeFigure", evidence.EcommerceSizeFigure);
  name("IncumbentPlatform", evidence.IncumbentPlatform);
  name(
    "ForeignSellerRule",
    evidence.ForeignSellerRule,
    "A rule for foreign online sellers with the date it took effect; `inForce` marks the rule of its type in force today.",
  );
  name("MarketContextItem", evidence.MarketContextItem);
  name("ChinaTradeAgreement", evidence.ChinaTradeAgreement);
  name("SanctionsProgram", evidence.SanctionsProgram);
  name("IndicatorMeta", api.IndicatorMeta);
  name("Framework", api.Framework);
  name(
    "WeightPresetList",
    weightPresets.WeightPresetListSchema,
    "The named weight presets (docs/decisions/016-weight-presets.md) and the default one.",
  );

  name("ScoreRequest", engine.ScoreRequestSchema);
  name("ScoreResponse", engine.ScoreResponseSchema);
  name(
    "AhpRequest",
    engine.AhpRequestSchema,
    "Pairwise comparisons on Saaty's 1-9 scale: matrix[i][j] compares criteria[i] with criteria[j].",
  );
  name("AhpResponse", engine.AhpResponseSchema);
  name(
    "AhpComparisonsRequest",
    engine.AhpComparisonsRequestSchema,
    "Some pairwise comparisons: each says criterion `first` is `value` times as important as `second`; n − 1 that link every criterion suffice.",
  );
  name("AhpComparisonsResponse", engine.AhpComparisonsResponseSchema);
  name("SensitivityRequest", engine.SensitivityRequestSchema);
  name("SensitivityResponse", engine.SensitivityResponseSchema);

  name("FirmProfile", fit.FirmProfileSchema, "The firm's ratings, 1 (low) to 5 (high), 3 neutral.");
  name("MarketAssessments", fit.MarketAssessmentsSchema);
  name("EntryModeRequest", fit.EntryModeRequestSchema);
  name("EntryModeResponse", fit.EntryModeResponseSchema);
  name("SimilarCase", caseLibrary.SimilarCaseSchema);
  name("EntryCase", cases.EntryCaseEntry, "A documented market entry with its sources and factor ratings.");
  name("CaseLibrary", caseLibrary.CaseLibrarySchema);
  name("EntryModeBacktest", caseLibrary.EntryModeBacktestSchema);

  name("ScenarioInputs", scenarios.ScenarioInputsSchema);
  name("ScenarioResults", scenarios.ScenarioResultsSchema, "Results frozen at save time, computed on the server.");
  name("Scenario", scenarios.ScenarioSchema);
  name("ScenarioSummary", scenarios.ScenarioSummarySchema);
  name("ScenarioList", scenarios.ScenarioListSchema);
  name("CreateScenario", scenarios.CreateScenarioSchema);
  name("UpdateScenario", scenarios.UpdateScenarioSchema);
  name("DuplicateScenario", scenarios.DuplicateScenarioSchema);
  name(
    "VersionConflict",
    scenarios.VersionConflictSchema,
    "409: the save named a version that is no longer current (or the scenario was deleted meanwhile).",
  );
  name("ScenarioComparison", scenarios.ScenarioComparisonSchema);
  name("CompareResponse", scenarios.CompareResponseSchema);
  name("RecomputePreview", scenarios.RecomputePreviewSchema);
  name(
    "ScenarioExport",
    ScenarioExportSchema,
    "A scenario's JSON export (report.json): its inputs and its frozen results.",
  );
  name("ScenarioImportResult", ImportResponseSchema);
  name("CreateShareLink", shares.CreateShareSchema);
  name("ShareLink", shares.ShareLinkSummarySchema, "A read-only share link to a scenario's report (never its token).");
  name("CreatedShareLink", shares.CreatedShareLinkSchema);
  name("ShareLinkList", shares.ShareLinkListSchema);

  name("Member", people.MemberSchema);
  name("Invitation", people.InvitationSchema, "A pending invitation (never its token).");
  name("Members", people.MembersAnswer);
  name("Ok", people.OkAnswer);
  name("IssuedLink", people.IssuedLink, "A one-time link's path (its token shown this once) and its expiry.");
  name("InvitationAccepted", people.AcceptAnswer);
  name("PasswordReset", people.ResetAnswer);
  name("ActiveWorkspace", people.ActiveWorkspaceAnswer);
  name("AdminCreated", people.AdminCreateAnswer);

  name("Decision", decisions.DecisionSchema, "A group decision as the caller may see it.");
  name("DecisionUnchanged", decisions.DecisionUnchangedSchema);
  name("DecisionList", decisions.DecisionListSchema);
  name("DecisionPeople", decisions.DecisionPeopleSchema);
  name("MemberPreview", decisions.MemberPreviewSchema);

  name("ImportPreview", imports.ImportPreview);
  name("ImportBatchSummary", imports.ImportBatchSummary);
  name("ImportBatchList", imports.ImportBatchList);
  name("ImportCommitted", imports.ImportCommitted);
  name("ImportDeleted", imports.ImportDeleted);

  nameRecursive(backup.Backup);
  name(
    "Backup",
    backup.Backup,
    "All scenarios (with their revisions) and imported data; the shipped data set is named, not included.",
  );
  name("RestoreResult", backup.RestoreResult);
}

/** GET /api/v1/scenarios/{id}/audit and /api/v1/imports/{id}/audit (lib/server/audit.ts). */
export const AuditList = name(
  "AuditList",
  audit.AuditListSchema,
  "Who changed a scenario or an import, what and when, newest first (issue 13's audit log).",
);

/** GET /api/v1/scenarios/{id}/revisions (lib/db/scenarios.ts scenarioRevisions): no contract of its own. */
export const ScenarioRevisions = name(
  "ScenarioRevisions",
  z.object({
    revisions: z.array(
      z.object({
        version: z.number().int().min(1),
        name: z.string(),
        savedAt: z.string().describe("ISO 8601"),
        datasetVersion: z.string(),
      }),
    ),
  }),
  "Every saved version of a scenario, newest first, without its inputs and results.",
);
