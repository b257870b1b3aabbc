import { z } from "zod";

import { MarketRoles } from "./dataset";
import { storable } from "./text";

// The backup file: everything that is the user's own (imports and scenarios) in one JSON document.
// GET /api/v1/backup writes it; POST /api/v1/backup restores it into a database that has none of
// the user's data yet. The shipped data set is not in it: it is named (version and content hash)
// so a restore can say when it lands on another data set.

export const BACKUP_FORMAT = "outbound-backup";
export const BACKUP_FORMAT_VERSION = 1;
/** Largest backup accepted for a restore. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
export const MAX_BACKUP_LABEL = "50 MB";

const timestamp = z.iso.datetime({ offset: true });
// Every string in the file is written to the database: each must be storable (see ./text).
const text = z.string().max(100_000).superRefine(storable);
const plain = z.string().superRefine(storable);

export const BackupMarket = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  name: text,
  region: text,
  subregion: text,
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

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION, {
    error: `This backup was written by another version of Outbound; this one reads format version ${BACKUP_FORMAT_VERSION}.`,
  }),
  exportedAt: timestamp,
  /** The shipped data set the database held when the backup was made. */
  dataset: z.strictObject({ version: plain, contentHash: plain }).nullable(),
  importBatches: z.array(BackupImportBatch),
  scenarios: z.array(BackupScenario),
});

export const RestoreResult = z.object({
  restored: z.object({
    importBatches: z.number().int(),
    markets: z.number().int(),
    indicators: z.number().int(),
    values: z.number().int(),
    scenarios: z.number().int(),
    revisions: z.number().int(),
  }),
  /** Things the user should know, e.g. that the backup was made on another data-set version. */
  warnings: z.array(z.string()),
});

export type Backup = z.infer<typeof Backup>;
export type BackupImportBatch = z.infer<typeof BackupImportBatch>;
export type BackupScenario = z.infer<typeof BackupScenario>;
export type RestoreResult = z.infer<typeof RestoreResult>;
