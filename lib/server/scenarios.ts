import "server-only";

import {
  SCENARIO_NAME_MAX,
  SCENARIO_PAGE_DEFAULT,
  SCENARIO_RETENTION_DAYS,
  SCENARIO_REVISIONS_KEPT,
  type CompareResponse,
  type CreateScenario,
  type RecomputePreview,
  type Scenario,
  type ScenarioInputs,
  type ScenarioList,
  type ScenarioSummary,
  type UpdateScenario,
  ScenarioIdSchema,
  withCurrentRatings,
} from "@/lib/contracts/scenarios";
import { SCENARIO_VERSION_MAX_BYTES } from "@/lib/contracts/backup";
import { getPrisma } from "@/lib/db/client";
import { currentDatasetVersion } from "@/lib/db/datasets";
import { readImportFootprints } from "@/lib/db/imports";
import {
  bearingBatches,
  importScopeOfProblem,
  importStaleness,
  stalenessWords,
  type ImportFootprint,
  type RecordedImports,
} from "@/lib/imports/staleness";
import { readFactorNames, readFitTables } from "@/lib/db/fit";
import {
  ScenarioConflictError,
  ScenarioNotFoundError,
  deleteScenariosDeletedBefore,
  findScenario,
  insertScenario,
  readRevisionList,
  readScenarioNames,
  readScenarioPage,
  readScenarioSummaries,
  saveScenarioVersion,
  softDeleteScenario,
  undeleteScenario,
  type ListPosition,
  type ScenarioRecord,
  type ScenarioSummaryRecord,
} from "@/lib/db/scenarios";
import type { AuditNote } from "@/lib/db/audit";
import { RequestError } from "@/lib/http/errors";
import { marketName } from "@/lib/i18n/data-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { compareResults, recomputeLabels } from "@/lib/scenarios/compare";
import { compareEntryModes } from "@/lib/scenarios/compare-entry-modes";
import { comparisonWords, fitComparisonWords } from "@/lib/scenarios/wording";
import type { ComputedScenario } from "@/lib/scenarios/compute";

import { actorOf, assertCan, type Access } from "./access";
import { listAudit } from "./audit";
import { EmptyScenarioUpdateError } from "./errors";
import { enginePool } from "./worker-pool";
import { DEFAULT_HOME } from "@/lib/scoring/home";

import { localizeFactorNames, localizeResults } from "./scenario-labels";
import { scoringData } from "./workspace";

// Saved scenarios. Nothing a user saves is lost or silently overwritten: every save names the
// version it was based on and a stale one is refused (409) with the current version; every saved
// version is kept as a revision; delete is soft, restorable for SCENARIO_RETENTION_DAYS days, and
// purged after that by purgeDeletedScenarios (at start-up and on a timer, never inside a read).
// Results are always computed here from the database, never accepted from a client.
// Every use case takes the caller's Access first, checks the role's permission, and reads and
// writes only the access's workspace (issue 13): another workspace's scenario is not found (404).
// Every change is written with its audit entry, in the same transaction (lib/db/scenarios.ts).

/** The audit entry's who and what for a change made with `access`. */
export function auditNote(access: Access, action: AuditNote["action"], detail?: AuditNote["detail"]): AuditNote {
  return { ...actorOf(access), action, ...(detail ? { detail } : {}) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A version larger than SCENARIO_VERSION_MAX_BYTES is refused (413), so that every scenario, with
 * its capped history, fits one record of a backup (lib/contracts/backup.ts).
 */
function checkVersionSize(version: { inputs: ScenarioInputs; results: unknown }): void {
  const bytes = Buffer.byteLength(JSON.stringify({ inputs: version.inputs, results: version.results }));
  if (bytes <= SCENARIO_VERSION_MAX_BYTES) return;
  const label = `${SCENARIO_VERSION_MAX_BYTES / 1024 / 1024} MB scenario`;
  throw new RequestError(
    413,
    "limit_exceeded",
    `This scenario's inputs and results come to ${(bytes / 1024 / 1024).toFixed(1)} MB, more than the ${label} limit: rank fewer markets.`,
    undefined,
    label,
  );
}

/** Computes a scenario's results on the data set as the database holds it now. */
export async function computeScenario(
  stored: ScenarioInputs,
  options: { lenient?: boolean } = {},
): Promise<ComputedScenario> {
  // A stored scenario's ratings under their old keys count as they did when it was saved.
  const inputs = withCurrentRatings(stored);
  const prisma = await getPrisma();
  // measured from the scenario's home market (absent: China, as scenarios saved before it had one)
  const home = inputs.state.home ?? DEFAULT_HOME;
  // Only a scenario that names its home is checked: one saved before homes existed may rank China.
  if (inputs.state.home !== undefined && inputs.state.markets.includes(home)) {
    throw new RequestError(
      400,
      "invalid_request",
      `inputs.state.home: ${home} is also among inputs.state.markets; the home market is not a candidate, so leave it out of the markets or choose another home.`,
      [{ path: "inputs.state.home", message: `${home} is among the ranked markets` }],
    );
  }
  const [data, dataset, fit, footprints] = await Promise.all([
    scoringData(home),
    currentDatasetVersion(prisma),
    readFitTables(prisma),
    readImportFootprints(prisma),
  ]);
  // Monte Carlo and stability intervals run in the worker pool, not on the request thread.
  const context = { fit, datasetHash: dataset.contentHash, computedAt: new Date(), lenient: options.lenient ?? false };
  const { value } = await enginePool().run({ kind: "scenario", inputs, data, context });
  // Issue 11 §11: record which imported batches fed these results, so a later import or deletion
  // that bears on them marks the scenario stale with what moved.
  const scope = importScopeOfProblem(value.results.problem);
  value.results.imports = { scope, batches: bearingBatches(footprints, scope) };
  return value;
}

/** Today's data: the shipped data set's hash and the imported batches (what staleness compares). */
type CurrentData = { hash: string; footprints: ImportFootprint[] };

async function currentHash(): Promise<CurrentData> {
  const prisma = await getPrisma();
  const [dataset, footprints] = await Promise.all([currentDatasetVersion(prisma), readImportFootprints(prisma)]);
  return { hash: dataset.contentHash, footprints };
}

/** What a scenario's results drew on: the imports it recorded, else its markets and compute time. */
type FedBy = { recorded: RecordedImports | null | undefined; markets: readonly string[]; computedAt: string | null };

/**
 * Stale when the shipped data set's hash differs, or the imported batches that bear on the
 * scenario differ from those it recorded (lib/imports/staleness.ts). A bare hash means results
 * computed in this request, on the imports there are now.
 */
function staleness(
  row: { datasetHash: string },
  current: string | CurrentData,
  fedBy: FedBy,
  locale: Locale = DEFAULT_LOCALE,
) {
  const hash = typeof current === "string" ? current : current.hash;
  const datasetMoved = row.datasetHash !== hash;
  if (typeof current === "string" || fedBy.computedAt === null) return { stale: datasetMoved };
  const imports = importStaleness(
    fedBy.recorded,
    current.footprints,
    { markets: fedBy.markets, computedAt: fedBy.computedAt },
    stalenessWords(locale),
  );
  return {
    stale: datasetMoved || imports.stale,
    ...(imports.reasons.length > 0 ? { staleBecause: imports.reasons } : {}),
  };
}

/** What the API says of every scenario, in full or in the list; `current` is today's data. */
function sharedFields(
  row: Omit<ScenarioRecord, "inputs" | "results">,
  current: string | CurrentData,
  fedBy: FedBy,
  locale: Locale = DEFAULT_LOCALE,
) {
  return {
    id: row.id,
    name: row.name,
    notes: row.notes,
    version: row.version,
    datasetVersion: row.datasetVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    ...staleness(row, current, fedBy, locale),
  };
}

function toScenario(row: ScenarioRecord, hash: string | CurrentData, locale: Locale = DEFAULT_LOCALE): Scenario {
  return {
    ...sharedFields(row, hash, fedByRow(row), locale),
    inputs: withCurrentRatings(row.inputs),
    results: row.results,
    datasetHash: row.datasetHash,
  };
}

function toSummary(row: ScenarioSummaryRecord, hash: string | CurrentData): ScenarioSummary {
  const fedBy = { recorded: row.imports, markets: row.markets, computedAt: row.computedAt };
  return {
    ...sharedFields(row, hash, fedBy),
    method: row.method,
    markets: row.markets,
    leader: row.leader,
    purgeAt: row.deletedAt ? new Date(row.deletedAt.getTime() + SCENARIO_RETENTION_DAYS * DAY_MS).toISOString() : null,
  };
}

export async function createScenario(
  access: Access,
  input: CreateScenario,
  action: "scenario.create" | "scenario.import" = "scenario.create",
): Promise<Scenario> {
  assertCan(access, "scenario", "create");
  const computed = await computeScenario(input.inputs);
  checkVersionSize(computed);
  const row = await insertScenario(
    await getPrisma(),
    access.workspaceId,
    { name: input.name, notes: input.notes, ...computed },
    auditNote(access, action),
  );
  return toScenario(row, computed.results.datasetHash);
}

/** One scenario, also when deleted but not yet purged (deletedAt then says so); reasons in `locale`. */
export async function getScenario(access: Access, id: string, locale: Locale = DEFAULT_LOCALE): Promise<Scenario> {
  assertCan(access, "scenario", "read");
  const [row, hash] = await Promise.all([findScenario(await getPrisma(), access.workspaceId, id), currentHash()]);
  return toScenario(row, hash, locale);
}

/**
 * A page of the list: active scenarios, most recently saved first; or, with `deleted`, the ones
 * that can still be restored, most recently deleted first. Summaries only; `nextCursor` names the
 * next page. Reads never delete: a scenario past its purge date is left out until the purge runs.
 */
export async function listScenarios(
  access: Access,
  options: { deleted?: boolean; limit?: number; cursor?: string; now?: Date } = {},
): Promise<ScenarioList> {
  assertCan(access, "scenario", "read");
  const limit = options.limit ?? SCENARIO_PAGE_DEFAULT;
  const deletedSince = options.deleted ? purgeCutoff(options.now ?? new Date()) : undefined;
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const [page, hash] = await Promise.all([
    // One row more than asked says whether there is a next page without counting.
    readScenarioPage(await getPrisma(), access.workspaceId, { deletedSince, after, limit: limit + 1 }),
    currentHash(),
  ]);
  const rows = page.rows.slice(0, limit);
  const last = rows.at(-1);
  const lastAt = last && (options.deleted ? last.deletedAt : last.updatedAt);
  return {
    scenarios: rows.map((row) => toSummary(row, hash)),
    retentionDays: SCENARIO_RETENTION_DAYS,
    nextCursor: page.rows.length > limit && last && lastAt ? encodeCursor({ at: lastAt, id: last.id }) : null,
    total: page.total,
  };
}

// A cursor is the position of a page's last row, base64url-encoded so clients treat it as opaque.
function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString("base64url");
}

function decodeCursor(cursor: string): ListPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const time = typeof at === "string" ? new Date(at) : new Date(Number.NaN);
    if (typeof id === "string" && ScenarioIdSchema.safeParse(id).success && !Number.isNaN(time.getTime()))
      return { at: time, id };
  } catch {
    // Not base64url JSON: refused below like any other cursor that no page gave out.
  }
  const message = "is not a cursor from nextCursor; start again without one";
  throw new RequestError(400, "invalid_request", `The query parameter cursor ${message}.`, [
    { path: "cursor", message },
  ]);
}

/**
 * Saves a new version if, and only if, `baseVersion` is still the current one. New inputs are
 * recomputed on today's data set; a rename or a note keeps the frozen results as they are.
 */
export async function updateScenario(access: Access, id: string, update: UpdateScenario): Promise<Scenario> {
  assertCan(access, "scenario", "update");
  const { baseVersion, name, notes, inputs } = update;
  if (name === undefined && notes === undefined && inputs === undefined) throw new EmptyScenarioUpdateError();
  const prisma = await getPrisma();
  // Fail fast on a stale base before the (comparatively slow) recomputation; the conditional
  // update in saveScenarioVersion is what guarantees it.
  const before = await findScenario(prisma, access.workspaceId, id);
  if (before.deletedAt || before.version !== baseVersion)
    throw new ScenarioConflictError(id, baseVersion, before.version, Boolean(before.deletedAt));
  const computed = inputs ? await computeScenario(inputs) : undefined;
  if (computed) checkVersionSize(computed);
  // History is capped (docs/decisions/009-scenario-history.md): the newest versions are kept, so
  // that every scenario fits one record of a backup.
  const row = await saveScenarioVersion(
    prisma,
    access.workspaceId,
    id,
    baseVersion,
    { name, notes, computed },
    SCENARIO_REVISIONS_KEPT,
    auditNote(access, "scenario.update", computed ? { recomputed: true } : undefined),
  );
  return toScenario(row, await currentHash());
}

/** A new scenario with the same inputs and the same frozen results ("Copy of …"). */
export async function duplicateScenario(access: Access, id: string, name?: string): Promise<Scenario> {
  assertCan(access, "scenario", "create");
  const prisma = await getPrisma();
  const source = await findScenario(prisma, access.workspaceId, id);
  const row = await insertScenario(
    prisma,
    access.workspaceId,
    {
      name: name ?? `Copy of ${source.name}`.slice(0, SCENARIO_NAME_MAX),
      notes: source.notes,
      inputs: source.inputs,
      results: source.results,
    },
    auditNote(access, "scenario.duplicate", { source: source.id, sourceVersion: source.version }),
  );
  return toScenario(row, await currentHash());
}

/** Soft delete: restorable until purgeAt. Deleting a deleted scenario changes nothing. */
export async function deleteScenario(access: Access, id: string, now = new Date()): Promise<ScenarioSummary> {
  assertCan(access, "scenario", "delete");
  const prisma = await getPrisma();
  await findScenario(prisma, access.workspaceId, id);
  await softDeleteScenario(prisma, access.workspaceId, id, now, auditNote(access, "scenario.delete"));
  const [[row], hash] = await Promise.all([readScenarioSummaries(prisma, access.workspaceId, [id]), currentHash()]);
  return toSummary(row!, hash);
}

/** Undo of a delete. Restoring an active scenario changes nothing. */
export async function restoreScenario(access: Access, id: string): Promise<Scenario> {
  // Restoring undoes a delete: the same permission.
  assertCan(access, "scenario", "delete");
  const prisma = await getPrisma();
  await findScenario(prisma, access.workspaceId, id);
  await undeleteScenario(prisma, access.workspaceId, id, auditNote(access, "scenario.restore"));
  return getScenario(access, id);
}

/** Removes, with their revisions, the scenarios deleted more than SCENARIO_RETENTION_DAYS before `now`. */
export async function purgeDeletedScenarios(now = new Date()): Promise<number> {
  return deleteScenariosDeletedBefore(await getPrisma(), purgeCutoff(now));
}

const purgeCutoff = (now: Date) => new Date(now.getTime() - SCENARIO_RETENTION_DAYS * DAY_MS);

/** Every saved version of a scenario, newest first (without the bulky inputs and results). */
export async function scenarioRevisions(access: Access, id: string) {
  assertCan(access, "scenario", "read");
  const prisma = await getPrisma();
  await findScenario(prisma, access.workspaceId, id);
  return readRevisionList(prisma, id);
}

/** The same inputs on today's data beside the frozen results; saves nothing. */
export async function recomputePreview(
  access: Access,
  id: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<RecomputePreview> {
  assertCan(access, "scenario", "read");
  const row = await findScenario(await getPrisma(), access.workspaceId, id);
  const frozen = row.results;
  const { results } = await computeScenario(row.inputs, { lenient: true });
  const words = comparisonWords(locale);
  const labels = recomputeLabels(words);
  return {
    id: row.id,
    version: row.version,
    stale: row.datasetHash !== results.datasetHash || staleness(row, await currentHash(), fedByRow(row)).stale,
    frozen: { datasetVersion: row.datasetVersion, datasetHash: row.datasetHash, computedAt: frozen.computedAt },
    current: { datasetVersion: results.datasetVersion, datasetHash: results.datasetHash },
    results,
    changes: compareResults(
      { label: labels.saved, results: localizeResults(frozen, locale) },
      { label: labels.today, results: localizeResults(results, locale) },
      words,
    ),
  };
}

const fedByRow = (row: ScenarioRecord): FedBy => ({
  recorded: row.results.imports,
  markets: row.inputs.state.markets,
  computedAt: row.results.computedAt,
});

/** Two scenarios side by side, with the difference that moves the ranking most. */
export async function compareScenarios(
  access: Access,
  idA: string,
  idB: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<CompareResponse> {
  assertCan(access, "scenario", "read");
  const prisma = await getPrisma();
  const ws = access.workspaceId;
  const [a, b, summaries, hash, factorNames] = await Promise.all([
    findScenario(prisma, ws, idA),
    findScenario(prisma, ws, idB),
    readScenarioSummaries(prisma, ws, [idA, idB]),
    currentHash(),
    readFactorNames(prisma),
  ]);
  const [resultsA, resultsB] = [localizeResults(a.results, locale), localizeResults(b.results, locale)];
  return {
    a: localizeSummary(toSummary(summaries[0]!, hash), locale),
    b: localizeSummary(toSummary(summaries[1]!, hash), locale),
    // The pages name A and B; the sentences stay short and never repeat a user's text.
    comparison: compareResults(
      { label: "A", results: resultsA },
      { label: "B", results: resultsB },
      comparisonWords(locale),
    ),
    entryModes: compareEntryModes(
      resultsA.entryModes,
      resultsB.entryModes,
      localizeFactorNames(factorNames, locale),
      fitComparisonWords(locale),
    ),
  };
}

/** A summary with its leader's name in the reader's language. */
function localizeSummary<S extends { leader: { iso3: string; name: string } | null }>(summary: S, locale: Locale): S {
  return summary.leader
    ? { ...summary, leader: { ...summary.leader, name: marketName(locale, summary.leader.iso3, summary.leader.name) } }
    : summary;
}

/**
 * What /scenarios/{id} shows: the scenario (its results' names in the reader's language), its
 * history, its activity (the audit log) and the fit factors' names.
 */
export async function scenarioPageData(access: Access, id: string, locale: Locale = DEFAULT_LOCALE) {
  const [scenario, revisions, names, activity] = await Promise.all([
    getScenario(access, id, locale),
    scenarioRevisions(access, id),
    readFactorNames(await getPrisma()),
    listAudit(access, "scenario", id),
  ]);
  return {
    scenario: { ...scenario, results: localizeResults(scenario.results, locale) },
    revisions,
    activity: activity.entries,
    names: localizeFactorNames(names, locale),
  };
}

/**
 * What /scenarios/compare shows: the active scenarios to choose from (id and name) and, when the
 * link names two, their comparison, or the key of the message saying why there is none.
 */
export async function scenarioComparePageData(access: Access, a: string, b: string, locale: Locale = DEFAULT_LOCALE) {
  assertCan(access, "scenario", "read");
  const scenarios = await readScenarioNames(await getPrisma(), access.workspaceId);
  let result: CompareResponse | null = null;
  let problem: "invalidId" | "missing" | null = null;
  if (a && b) {
    if (!ScenarioIdSchema.safeParse(a).success || !ScenarioIdSchema.safeParse(b).success) problem = "invalidId";
    else {
      try {
        result = await compareScenarios(access, a, b, locale);
      } catch (error) {
        if (!(error instanceof ScenarioNotFoundError)) throw error;
        problem = "missing";
      }
    }
  }
  return { scenarios, result, problem };
}

/** Scenarios per page of /scenarios: fewer than the API's default, as each is a card of actions. */
export const SCENARIOS_PAGE_SIZE = 25;

/**
 * What /scenarios shows: a page of the active scenarios (from `cursor`, or the first when the
 * cursor is missing or not one a page gave out) and the first page of the recently deleted ones.
 */
export async function scenariosPageData(access: Access, cursor: string | undefined, locale: Locale = DEFAULT_LOCALE) {
  const limit = SCENARIOS_PAGE_SIZE;
  const [page, deleted] = await Promise.all([
    listScenarios(access, { cursor, limit }).then(
      (list) => ({ list, fromStart: cursor === undefined }),
      async (error: unknown) => {
        if (cursor === undefined || !(error instanceof RequestError)) throw error;
        return { list: await listScenarios(access, { limit }), fromStart: true };
      },
    ),
    listScenarios(access, { deleted: true, limit }),
  ]);
  const localize = (list: typeof deleted) => ({
    ...list,
    scenarios: list.scenarios.map((s) => localizeSummary(s, locale)),
  });
  return { active: localize(page.list), deleted: localize(deleted), fromStart: page.fromStart };
}
