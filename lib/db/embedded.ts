import "server-only";

import fs from "node:fs";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";

import { DatabaseSetupError, messageOf } from "./errors";
import { acquireDataDirLock } from "./lock";

export type EmbeddedDatabase = { pglite: PGlite; close: () => Promise<void> };

/**
 * Opens (or creates) the PGlite directory under an exclusive lock. A directory that cannot be
 * opened is reported and left exactly as it was: we never delete or re-initialise it.
 */
export async function openEmbeddedDatabase(dataDir: string, url?: string): Promise<EmbeddedDatabase> {
  const parent = path.dirname(dataDir);
  try {
    fs.mkdirSync(parent, { recursive: true }); // PGlite does not create parent folders
  } catch (error) {
    throw new DatabaseSetupError(`Cannot create the folder ${parent} for the data directory: ${messageOf(error)}.`);
  }
  const existing = fs.existsSync(dataDir);
  if (existing && !fs.statSync(dataDir).isDirectory()) {
    throw new DatabaseSetupError(`${dataDir} exists but is not a directory. Move it away or set OUTBOUND_DATA_DIR.`);
  }
  const release = acquireDataDirLock(dataDir, url);
  try {
    if (existing) fs.accessSync(dataDir, fs.constants.W_OK | fs.constants.R_OK);
    else fs.accessSync(parent, fs.constants.W_OK);
  } catch {
    release();
    throw new DatabaseSetupError(
      `The data directory ${dataDir} is not writable. Fix its permissions or point OUTBOUND_DATA_DIR elsewhere.`,
    );
  }
  if (existing && fs.readdirSync(dataDir).length > 0 && !fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    release();
    throw new DatabaseSetupError(
      `The data directory ${dataDir} is not an Outbound database (no PG_VERSION file). ` +
        `It was left untouched; point OUTBOUND_DATA_DIR at an empty or Outbound directory.`,
    );
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir);
    await pglite.query("select 1");
  } catch (error) {
    release();
    throw new DatabaseSetupError(
      `The data directory ${dataDir} could not be opened as a PostgreSQL database (${messageOf(error)}). ` +
        `It may be corrupt or from another PostgreSQL version; it was left untouched. Restore it from a ` +
        `backup, or move it away and start again to create a fresh one.`,
      { cause: error },
    );
  }
  return {
    pglite,
    close: async () => {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}
