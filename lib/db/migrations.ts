import "server-only";

import { createHash } from "node:crypto";
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { awaitingScripts } from "./connection";
import { MigrationError, messageOf } from "./errors";

// Migrations the Prisma way without Prisma's native engine (not downloadable here): Prisma's own
// schema engine compiled to WebAssembly, driven through a driver adapter (see STACK-NOTES). It
// writes `_prisma_migrations` exactly as `prisma migrate deploy` does, so the native CLI accepts
// the same folder where it is available.

export const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type WasmSchemaEngine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  diagnoseMigrationHistory(input: unknown): Promise<{
    history: { diagnostic: string; unappliedMigrationNames?: string[]; unpersistedMigrationNames?: string[] } | null;
    failedMigrationNames: string[];
    editedMigrationNames: string[];
  }>;
  free(): void;
};

type WasmRuntime = { SchemaEngine: { new: (...args: unknown[]) => Promise<WasmSchemaEngine> } };
let runtimePromise: Promise<WasmRuntime> | undefined;

/**
 * The wasm-bindgen glue keeps the instance in module state (memory views, decoders), so the module
 * is instantiated once per process; a second instantiation corrupts engines created earlier.
 */
function schemaEngineRuntime(): Promise<WasmRuntime> {
  runtimePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgJs = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    // Importing the package entry fails on Node 20 (it imports a .wasm file): instantiate by hand.
    const runtime = await import(pathToFileURL(bgJs).href);
    const wasm = new WebAssembly.Module(await readFile(path.join(path.dirname(bgJs), "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": runtime });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return runtime as WasmRuntime;
  })();
  return runtimePromise;
}

async function loadSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => undefined,
): Promise<WasmSchemaEngine> {
  const runtime = await schemaEngineRuntime();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  return runtime.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
}

/** The migrations folder in the shape the schema engine reads. */
export async function migrationsList(migrationsDir: string = MIGRATIONS_DIR) {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const file = path.join(migrationsDir, name, "migration.sql");
        const content = await readFile(file, "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error) => ({ tag: "error" as const, value: messageOf(error) }),
        );
        // The engine records `path` as the migration name: it must be the folder name alone.
        return { path: name, migrationFile: { path: path.join(name, "migration.sql"), content } };
      }),
    ),
  };
}

/** Applies pending migrations; returns the names applied now. */
export async function applyMigrations(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir: string = MIGRATIONS_DIR,
): Promise<string[]> {
  const list = await migrationsList(migrationsDir);
  if (list.migrationDirectories.length === 0) throw new MigrationError(undefined, "prisma/migrations is empty");
  let engine: WasmSchemaEngine;
  try {
    engine = await loadSchemaEngine(adapter);
  } catch (error) {
    throw new MigrationError(undefined, `the schema engine did not start (${messageOf(error)})`);
  }
  try {
    const history = await engine.diagnoseMigrationHistory({
      migrationsList: list,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    if (history.failedMigrationNames.length > 0) {
      throw new MigrationError(
        history.failedMigrationNames[0],
        "it failed on an earlier run and is recorded as failed in _prisma_migrations; repair the database by hand",
      );
    }
    if (history.editedMigrationNames.length > 0) {
      throw new MigrationError(
        history.editedMigrationNames[0],
        "its migration.sql was edited after it was applied; restore the file as it was",
      );
    }
    const pending = history.history?.unappliedMigrationNames ?? [];
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS });
      return appliedMigrationNames;
    } catch (error) {
      throw migrationFailure(messageOf(error), pending[0]);
    }
  } finally {
    engine.free();
  }
}

/**
 * SQL that takes a database built from the migrations to schema.prisma: empty when there is no
 * drift. The migrations are replayed on an in-memory PGlite shadow database (the pg adapter
 * cannot read the "char" columns the engine inspects, see STACK-NOTES).
 */
export async function pendingSchemaChanges(): Promise<string> {
  const shadow = new PGlite();
  const engine = await loadSchemaEngine(awaitingScripts(new PrismaPGlite(shadow)));
  try {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const result = await engine.diff({
      from: { tag: "migrations", ...(await migrationsList()) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } finally {
    engine.free();
    await shadow.close();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql for the current schema drift. */
export async function createMigration(name: string, now = new Date()): Promise<string | undefined> {
  await mkdir(MIGRATIONS_DIR, { recursive: true });
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lockContent =
    "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n" +
    'provider = "postgresql"\n';
  if ((await readFile(lockPath, "utf8").catch(() => null)) === null) await writeFile(lockPath, lockContent);
  const sql = await pendingSchemaChanges();
  if (!sql.trim()) return undefined;
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`);
  await mkdir(dir);
  await writeFile(path.join(dir, "migration.sql"), sql);
  return dir;
}

/** Checksum Prisma records for a migration (sha256 of migration.sql). */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/**
 * The engine's message reads "external connector error\n<database's reason>\n   0: … with
 * migration_name=\"<name>\" …": keep the reason and the migration it names.
 */
function migrationFailure(message: string, fallbackName: string | undefined): MigrationError {
  const lines = message.split("\n").map((line) => line.trim());
  const reason =
    lines.find(
      (line, i) => i > 0 && line && !/^\d+:/.test(line) && !line.startsWith("with ") && !line.startsWith("at "),
    ) ??
    lines[0] ??
    message;
  const name = /migration_name="([^"]+)"/.exec(message)?.[1] ?? fallbackName;
  return new MigrationError(name, reason);
}
