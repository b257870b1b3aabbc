import "server-only";

import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  Backup,
  BackupAuditEntry,
  BackupImportBatch,
  BackupScenario,
  MAX_BACKUP_RECORD_BYTES,
  MAX_BACKUP_RECORD_LABEL,
  type RestoreResult,
} from "@/lib/contracts/backup";
import {
  countUserData,
  insertAuditEntries,
  insertBackupRows,
  readAuditPage,
  readBackupDataset,
  readBackupWorkspace,
  readImportBatchPage,
  readReferenceKeys,
  readRevisionPage,
  readScenarioPageForBackup,
  type BackupPosition,
} from "@/lib/db/backup";
import { getDatabase, getPrisma, type Tx } from "@/lib/db/client";
import { findDatasetVersion } from "@/lib/db/datasets";
import { uniqueViolation } from "@/lib/db/errors";
import { bumpDataRevision } from "@/lib/db/revision";
import { apiLocale, zodErrorMap } from "@/lib/http/api-text";
import { RequestError, issuesOf } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { ImportFileError } from "@/lib/imports/errors";
import { clauses, restoreMessage, type RestoreText } from "@/lib/imports/wording";
import { jsonParts } from "@/lib/http/json-parts";
import type { z } from "zod";

import type { Access } from "./access";

// Backup and restore of everything that is the user's (imports, and scenarios with their
// revisions). The export is written as a stream, record by record, from one consistent snapshot;
// the restore reads the file as a stream, record by record, and writes exactly what was exported
// in one transaction, only into a database that holds none of the user's data: it never
// overwrites. Only one record is held in memory at a time either way (MAX_BACKUP_RECORD_BYTES).
// A backup is one workspace's (issue 13, docs/decisions/022-access-and-workspaces.md): its owners
// and editors export it; only an owner restores, into their own workspace, which must be empty.

/** Export: the workspace's owners and editors (a viewer exports reports); restore: owners only. */
export function assertBackup(access: Access, action: "export" | "restore"): void {
  const allowed = action === "export" ? access.role !== "viewer" : access.role === "owner";
  if (allowed) return;
  throw new RequestError(
    403,
    "forbidden",
    `A ${access.role} of this workspace may not ${action} backups.`,
    undefined,
    undefined,
    { key: "forbidden", role: access.role, action, resource: "backup" },
  );
}

/** Records read per query while exporting: small, as one scenario may carry 50 revisions. */
const SCENARIOS_PER_READ = 5;
const REVISIONS_PER_READ = 10;
const AUDIT_ENTRIES_PER_READ = 200;
/** How long an export may take, its snapshot held open while a slow client downloads. */
const EXPORT_TIMEOUT_MS = 10 * 60 * 1000;

type Write = (text: string) => Promise<void>;

/**
 * GET /api/v1/backup: the backup as a stream of JSON text. Resolves once the snapshot is open (so
 * a database that cannot serve is an error answer, not a broken download), then writes it.
 *
 * One consistent snapshot: on a PostgreSQL server the reads run in one REPEATABLE READ
 * transaction, so saves and imports committed meanwhile are not seen. The embedded database
 * serves one connection, and an interactive transaction holds it: no other write can land between
 * the export's reads, which is the same guarantee.
 */
export async function exportBackup(access: Access, now = new Date()): Promise<ReadableStream<Uint8Array>> {
  assertBackup(access, "export");
  const { prisma, target } = await getDatabase();
  const encoder = new TextEncoder();
  let opened: () => void = () => undefined;
  let failedToOpen: (error: unknown) => void = () => undefined;
  const open = new Promise<void>((resolve, reject) => ((opened = resolve), (failedToOpen = reject)));
  let wake: (() => void) | undefined;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const write: Write = async (text) => {
          if (cancelled) throw new Error("The download was cancelled.");
          controller.enqueue(encoder.encode(text));
          // Backpressure: wait for the client to take what is queued before reading more rows.
          while (!cancelled && (controller.desiredSize ?? 1) <= 0)
            await new Promise<void>((resolve) => (wake = resolve));
        };
        prisma
          .$transaction((tx) => writeBackup(tx, access.workspaceId, now, write, opened), {
            timeout: EXPORT_TIMEOUT_MS,
            maxWait: 15_000,
            ...(target.kind === "server" ? { isolationLevel: "RepeatableRead" as const } : {}),
          })
          .then(
            () => controller.close(),
            (error: unknown) => {
              failedToOpen(error);
              if (!cancelled) controller.error(error);
            },
          );
      },
      pull() {
        wake?.();
        wake = undefined;
      },
      cancel() {
        cancelled = true;
        wake?.();
        wake = undefined;
      },
    },
    new CountQueuingStrategy({ highWaterMark: 16 }),
  );
  await open;
  return stream;
}

/** Writes the backup document: header, import batches, then scenarios, each record as it is read. */
async function writeBackup(tx: Tx, workspaceId: string, now: Date, write: Write, opened: () => void): Promise<void> {
  const [dataset, workspace] = await Promise.all([readBackupDataset(tx), readBackupWorkspace(tx, workspaceId)]);
  opened();
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    dataset,
    ...(workspace ? { workspace } : {}),
  };
  await write(`${JSON.stringify(header).slice(0, -1)},\n"importBatches":[`);
  let after: BackupPosition | undefined;
  let first = true;
  for (;;) {
    const page = await readImportBatchPage(tx, workspaceId, after, 1);
    for (const batch of page.rows) {
      await write(`${first ? "\n" : ",\n"}${JSON.stringify(batch)}`);
      first = false;
    }
    if (!page.last) break;
    after = page.last;
  }
  await write(`\n],\n"scenarios":[`);
  after = undefined;
  first = true;
  for (;;) {
    const page = await readScenarioPageForBackup(tx, workspaceId, after, SCENARIOS_PER_READ);
    for (const scenario of page.rows) {
      await write(`${first ? "\n" : ",\n"}${JSON.stringify(scenario).slice(0, -1)},"revisions":[`);
      first = false;
      await writeRevisions(tx, scenario.id, write);
      await write("]}");
    }
    if (!page.last) break;
    after = page.last;
  }
  await write(`\n],\n"audit":[`);
  let afterId = 0;
  first = true;
  for (;;) {
    const page = await readAuditPage(tx, workspaceId, afterId, AUDIT_ENTRIES_PER_READ);
    for (const entry of page.rows) {
      await write(`${first ? "\n" : ",\n"}${JSON.stringify(entry)}`);
      first = false;
    }
    if (page.lastId === undefined) break;
    afterId = page.lastId;
  }
  await write("\n]}\n");
}

async function writeRevisions(tx: Tx, scenarioId: string, write: Write): Promise<void> {
  let from = 1;
  let first = true;
  for (;;) {
    const revisions = await readRevisionPage(tx, scenarioId, from, REVISIONS_PER_READ);
    for (const revision of revisions) {
      await write(`${first ? "" : ","}${JSON.stringify(revision)}`);
      first = false;
    }
    const last = revisions.at(-1);
    if (!last || revisions.length < REVISIONS_PER_READ) return;
    from = last.version + 1;
  }
}

function conflict(restore: RestoreText): RequestError {
  return new ImportFileError(409, "restore_conflict", { restore });
}

const Header = Backup.omit({ importBatches: true, scenarios: true, audit: true });

/** A record (or the header) checked with its contract; problems are named with their place in the file. */
function parseRecord<S extends z.ZodType>(schema: S, value: unknown, place: string, locale: Locale): z.output<S> {
  const result = schema.safeParse(value, { error: zodErrorMap(locale) });
  if (result.success) return result.data;
  const issues = issuesOf(result.error).map((i) => ({
    path: i.path === "(body)" ? place : `${place}.${i.path}`,
    message: i.message,
  }));
  throw new ImportFileError(
    400,
    "invalid_request",
    { restore: { key: "invalidBackup", issues: issues.map((i) => `${i.path}: ${i.message}`).join("; ") } },
    { issues },
  );
}

const RECORD_LISTS = ["importBatches", "scenarios"] as const;
/** Streamed like the records, but optional: backups written before the audit log have none. */
const OPTIONAL_LISTS = ["audit"] as const;

/**
 * POST /api/v1/backup: restores a backup, read from `body` as a stream, into a database without
 * scenarios or user data; refuses (409) otherwise, and writes nothing unless all of it is valid.
 */
export async function restoreBackup(
  access: Access,
  body: ReadableStream<Uint8Array>,
  locale: Locale = apiLocale(),
): Promise<RestoreResult> {
  assertBackup(access, "restore");
  const workspaceId = access.workspaceId;
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(
      async (tx) => {
        // Checked before the first write (not before reading), so a file that is not a backup at
        // all is answered as such wherever it is sent.
        let checkedEmpty = false;
        const ensureEmpty = async () => {
          if (checkedEmpty) return;
          checkedEmpty = true;
          const held = await countUserData(tx, workspaceId);
          if (Object.values(held).some((n) => n > 0)) {
            throw conflict({ key: "notEmpty", scenarios: held.scenarios, imports: held.importBatches });
          }
        };
        const known = await readReferenceKeys(tx);
        // Cached data (lib/server/cache.ts) is read again after this restore commits, here and elsewhere.
        await bumpDataRevision(tx);
        const header = new Map<string, unknown>();
        const restored = {
          importBatches: 0,
          markets: 0,
          indicators: 0,
          values: 0,
          scenarios: 0,
          revisions: 0,
          auditEntries: 0,
        };
        const add = (counts: RestoreResult["restored"]) => {
          for (const k of Object.keys(restored) as (keyof typeof restored)[]) restored[k] += counts[k];
        };
        const parts = jsonParts(body, {
          streamed: new Set([...RECORD_LISTS, ...OPTIONAL_LISTS]),
          maxPartBytes: MAX_BACKUP_RECORD_BYTES,
          tooLarge: () =>
            new ImportFileError(
              413,
              "payload_too_large",
              { restore: { key: "recordTooLarge", limit: MAX_BACKUP_RECORD_LABEL } },
              { limit: `${MAX_BACKUP_RECORD_LABEL} backup record` },
            ),
          what: "backup file",
        });
        const lists = new Set<string>();
        for await (const part of parts) {
          if ("list" in part) {
            lists.add(part.key);
            continue;
          }
          if (!("element" in part)) {
            if ((RECORD_LISTS as readonly string[]).includes(part.key))
              parseRecord(Backup.shape.scenarios, part.value, part.key, locale);
            if (part.key === "audit") parseRecord(Backup.shape.audit, part.value, part.key, locale);
            header.set(part.key, part.value);
            // The format is checked as soon as it is read, before anything is written.
            if (part.key === "formatVersion" || part.key === "format")
              parseRecord(Header.shape[part.key], part.value, part.key, locale);
            continue;
          }
          if (part.key === "audit") {
            const entry = parseRecord(BackupAuditEntry, part.element, `audit.${part.index}`, locale);
            await ensureEmpty();
            restored.auditEntries += await insertAuditEntries(tx, workspaceId, [entry]);
          } else if (part.key === "importBatches") {
            const batch = parseRecord(BackupImportBatch, part.element, `importBatches.${part.index}`, locale);
            await ensureEmpty();
            checkReferences(known, batch, locale);
            add(await insertBackupRows(tx, workspaceId, { importBatches: [batch], scenarios: [] }));
          } else {
            const scenario = parseRecord(BackupScenario, part.element, `scenarios.${part.index}`, locale);
            await ensureEmpty();
            add(await insertBackupRows(tx, workspaceId, { importBatches: [], scenarios: [scenario] }));
          }
        }
        const parsed = parseRecord(Header, Object.fromEntries(header), "(body)", locale);
        for (const list of RECORD_LISTS) if (!lists.has(list)) parseRecord(Backup.shape[list], undefined, list, locale);
        await ensureEmpty();
        return { restored, warnings: await warningsFor(tx, parsed.dataset, locale) };
      },
      { timeout: EXPORT_TIMEOUT_MS, maxWait: 15_000 },
    );
  } catch (error) {
    const duplicate = uniqueViolation(error);
    if (duplicate)
      throw new ImportFileError(400, "invalid_backup", { restore: { key: "duplicateRow", target: duplicate.target } });
    throw error;
  }
}

/**
 * Every market, indicator and criteria group an import batch names must exist: in the database,
 * in an earlier batch of the backup (the order they were imported in), or in this batch. The
 * batch's own additions then count for the batches after it.
 */
function checkReferences(
  known: Awaited<ReturnType<typeof readReferenceKeys>>,
  batch: BackupImportBatch,
  locale: Locale,
): void {
  const problems: string[] = [];
  const say = (text: RestoreText) => problems.push(restoreMessage(text, locale));
  for (const m of batch.markets) {
    if (known.markets.has(m.iso3)) say({ key: "marketAlreadyThere", market: m.iso3 });
  }
  for (const i of batch.indicators) {
    if (known.indicators.has(i.key)) say({ key: "indicatorAlreadyThere", indicator: i.key });
    if (!known.criteriaGroups.has(i.criteriaGroup))
      say({ key: "groupMissing", indicator: i.key, group: i.criteriaGroup });
  }
  const markets = new Set([...known.markets, ...batch.markets.map((m) => m.iso3)]);
  const indicators = new Set([...known.indicators, ...batch.indicators.map((i) => i.key)]);
  for (const v of batch.values) {
    if (!markets.has(v.market)) say({ key: "valueMarketMissing", market: v.market });
    if (!indicators.has(v.indicator)) say({ key: "valueIndicatorMissing", indicator: v.indicator });
  }
  if (problems.length > 0) {
    const unique = [...new Set(problems)];
    throw conflict({
      key: "doesNotFit",
      problems: clauses(unique.slice(0, 10), locale),
      more: Math.max(0, unique.length - 10),
    });
  }
  for (const m of batch.markets) known.markets.add(m.iso3);
  for (const i of batch.indicators) known.indicators.add(i.key);
}

async function warningsFor(tx: Tx, dataset: Backup["dataset"], locale: Locale): Promise<string[]> {
  const current = await findDatasetVersion(tx);
  if (!dataset || !current || dataset.contentHash === current.contentHash) return [];
  return [restoreMessage({ key: "otherDataset", backup: dataset.version, current: current.version }, locale)];
}

/** How much of the user's own data the workspace holds (a restore needs all zeros). */
export async function userDataCounts(access: Access) {
  const { scenarios, importBatches } = await countUserData(await getPrisma(), access.workspaceId);
  return { scenarios, importBatches, empty: scenarios === 0 && importBatches === 0 };
}
