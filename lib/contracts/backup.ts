import { z } from "zod";

import { MarketRoles } from "./dataset";
import { storable } from "./text";

// The backup file: everything that is the user's own (imports and scenarios) in one JSON document.
// GET /api/v1/backup writes it; POST /api/v1/backup restores it into a database that has none of
// the user's data yet. The shipped data set is not in it: it is named (version and content hash)
// so a restore can say when it lands on another data set.

export const BACKUP_FORMAT = "outbound-backup";
export const BACKUP_FORMAT_VERSION = 1;
/**
 * Largest saved version of a scenario (its inputs and frozen results as JSON): a save beyond it is
 * refused. With the shipped data set a version is 90-230 kB (6-25 markets).
 */
export const SCENARIO_VERSION_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Largest single record of a backup (one scenario with its revisions, or one import), which a
 * restore holds in memory while it writes it; the file as a whole is read as a stream, so its
 * size is not limited. The caps make every record the app can create fit:
 * - a scenario: the current version and at most SCENARIO_REVISIONS_KEPT (50) revisions, each at
 *   most SCENARIO_VERSION_MAX_BYTES: 51 × 2 MiB = 102 MiB, plus names and notes (< 1 MiB);
 * - an import: at most 20,000 rows, each with a source of ≤ 500 and a note of ≤ 1,000 characters,
 *   at most 6 bytes each in JSON (\uXXXX): 20,000 × (1,500 × 6 + 200) B ≈ 176 MiB, plus its new
 *   markets and indicators (< 5 MiB).
 * 192 MiB holds the larger of the two.
 */
export const MAX_BACKUP_RECORD_BYTES = 192 * 1024 * 1024;
export const MAX_BACKUP_RECORD_LABEL = "192 MB";

const timestamp = z.iso.datetime({ offset: true });
// Every string in the file is written to the database: each must be storable (see ./text).
const text = z.string().max(100_000).superRefine(storable);
const plain = z.string().superRefine(storable);

export const BackupMarket = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  name: text,
  region: text,
  subregion: text,
  /** Absent in backups written before income groups were shipped. */
  incomeGroup: text.nullable().optional(),
  role: z.enum(MarketRoles),
});

export const BackupIndicator = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
  name: text,
  definition: text,
  unit: text,
  direction: z.enum(["benefit", "cost"]),
  criteriaGroup: plain,
  publisher: text,
  dataset: text,
  defaultWeight: z.number().min(0),
  plausibleMin: z.number(),
  plausibleMax: z.number(),
  decimals: z.number().int().min(0).max(12),
});

export const BackupValue = z.strictObject({
  market: plain,
  indicator: plain,
  year: z.number().int(),
  value: z.number(),
  source: text,
  note: text.nullable(),
  /** Absent in backups written before data set 2026.12.1; a user's value is then observed, of no named edition. */
  kind: z.enum(["observed", "estimate", "projection", "computed"]).optional(),
  edition: text.nullable().optional(),
  locator: text.nullable().optional(),
});

export const BackupImportBatch = z.strictObject({
  id: plain.min(1).max(100),
  fileName: text,
  fileType: plain.max(20),
  fileHash: plain.max(200),
  rowCount: z.number().int().min(0),
  importedAt: timestamp,
  markets: z.array(BackupMarket),
  indicators: z.array(BackupIndicator),
  values: z.array(BackupValue),
});

const ScenarioFields = {
  name: text,
  notes: text,
  inputs: z.json().superRefine(storable),
  results: z.json().superRefine(storable),
  datasetVersion: plain,
  datasetHash: plain,
};

export const BackupScenario = z.strictObject({
  id: plain.min(1).max(100),
  version: z.number().int().min(1),
  ...ScenarioFields,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  revisions: z.array(z.strictObject({ version: z.number().int().min(1), ...ScenarioFields, savedAt: timestamp })),
});

/**
 * One entry of the workspace's audit log (issue 13): who changed what, when. Restored as written,
 * into the workspace the backup is restored into.
 */
export const BackupAuditEntry = z.strictObject({
  at: timestamp,
  actorId: plain.max(200).nullable(),
  actorName: text,
  action: plain.max(100),
  subjectType: plain.max(40),
  subjectId: plain.max(200),
  detail: z.record(z.string(), z.json()).superRefine(storable),
});

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION, {
    error: `This backup was written by another version of Outbound; this one reads format version ${BACKUP_FORMAT_VERSION}.`,
  }),
  exportedAt: timestamp,
  /** The shipped data set the database held when the backup was made. */
  dataset: z.strictObject({ version: plain, contentHash: plain }).nullable(),
  /** The workspace it was exported from (absent in backups written before workspaces, issue 13). */
  workspace: z.strictObject({ id: plain.max(200), name: text }).optional(),
  importBatches: z.array(BackupImportBatch),
  scenarios: z.array(BackupScenario),
  /** The workspace's audit log, oldest first (absent in backups written before it existed). */
  audit: z.array(BackupAuditEntry).optional(),
});

export const RestoreResult = z.object({
  restored: z.object({
    importBatches: z.number().int(),
    markets: z.number().int(),
    indicators: z.number().int(),
    values: z.number().int(),
    scenarios: z.number().int(),
    revisions: z.number().int(),
    auditEntries: z.number().int(),
  }),
  /** Things the user should know, e.g. that the backup was made on another data-set version. */
  warnings: z.array(z.string()),
});

export type Backup = z.infer<typeof Backup>;
export type BackupImportBatch = z.infer<typeof BackupImportBatch>;
export type BackupScenario = z.infer<typeof BackupScenario>;
export type BackupAuditEntry = z.infer<typeof BackupAuditEntry>;
export type RestoreResult = z.infer<typeof RestoreResult>;
