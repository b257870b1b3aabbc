import fs from "node:fs";

import { DataDirLockedError, DatabaseSetupError } from "./errors";

// PGlite takes no lock of its own: two processes on one directory silently lose writes (see
// STACK-NOTES). We hold an exclusive lock file beside the directory for as long as it is open.

export type LockInfo = { pid: number; startedAt: string; url?: string };

export function lockPathOf(dataDir: string): string {
  return `${dataDir}.lock`;
}

/** Who holds the lock on a data directory, if a live process does. */
export function readLiveLock(dataDir: string): LockInfo | undefined {
  let info: LockInfo;
  try {
    info = JSON.parse(fs.readFileSync(lockPathOf(dataDir), "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
  return typeof info.pid === "number" && isAlive(info.pid) ? info : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock or throws DataDirLockedError; a lock left by a dead process is taken over. */
export function acquireDataDirLock(dataDir: string, url?: string): () => void {
  const lockPath = lockPathOf(dataDir);
  const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), ...(url ? { url } : {}) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, JSON.stringify(info));
      fs.closeSync(fd);
      const release = () => {
        process.off("exit", release);
        const holder = readLockFile(lockPath);
        if (holder?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        throw new DatabaseSetupError(
          `Cannot create ${lockPath}: the parent directory does not exist. Create it or set OUTBOUND_DATA_DIR.`,
        );
      }
      if (code === "EACCES" || code === "EROFS" || code === "EPERM") {
        throw new DatabaseSetupError(
          `The data directory ${dataDir} is not writable (${code} on ${lockPath}). ` +
            `Fix its permissions or point OUTBOUND_DATA_DIR at a writable directory.`,
        );
      }
      if (code !== "EEXIST") throw error;
      const holder = readLockFile(lockPath);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirLockedError(dataDir, holder.pid, holder.url);
      }
      // Stale lock of a process that died (or of this very process, reopening): take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, -1);
}

/** Records the URL the lock holder serves, so the CLI can go through the app. */
export function announceUrl(dataDir: string, url: string): void {
  const lockPath = lockPathOf(dataDir);
  const holder = readLockFile(lockPath);
  if (holder?.pid === process.pid) fs.writeFileSync(lockPath, JSON.stringify({ ...holder, url }));
}

function readLockFile(lockPath: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
}
