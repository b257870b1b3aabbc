import "server-only";

import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";

import { DataDirLockedError, DatabaseSetupError } from "./errors";

// PGlite takes no lock of its own: two processes on one directory silently lose writes (see
// STACK-NOTES). We hold an exclusive lock file beside the directory for as long as it is open.
//
// Every change of the lock file is atomic, so two processes started together never both win:
// - a free lock is taken with link(): it creates the name only if it does not exist;
// - a stale lock (its process died) is replaced with rename() over it, which is atomic, but only
//   by the one process that created the takeover guard for exactly that lock instance (its inode
//   and content) with link(); the guard holder checks the instance is still there before replacing
//   it. The lock name never disappears during a takeover, so no third process can slip in. A
//   guard whose holder died is itself taken over the same way (one level deeper).
// A lock held by this very process is not stale: a second open in the same process is refused.

export type LockInfo = { pid: number; startedAt: string; url?: string; token?: string };

export function lockPathOf(dataDir: string): string {
  return `${dataDir}.lock`;
}

/** Tokens of the locks this process holds; on globalThis so hot reload does not forget them. */
const held: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for("outbound.heldLocks")] ??=
  new Set<string>()) as Set<string>;

/** Who holds the lock on a data directory, if a live process does. */
export function readLiveLock(dataDir: string): LockInfo | undefined {
  const info = readInstance(lockPathOf(dataDir))?.info;
  return info && isAlive(info.pid) ? info : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

type Instance = { id: string; info: LockInfo | undefined };

/** The lock file now: an identity of this very file (inode and content) and what it says. */
function readInstance(path: string): Instance | undefined {
  let fd: number;
  try {
    fd = fs.openSync(path, "r");
  } catch {
    return undefined;
  }
  try {
    const ino = fs.fstatSync(fd).ino;
    const raw = fs.readFileSync(fd, "utf8");
    const id = `${ino}-${createHash("sha256").update(raw).digest("hex").slice(0, 16)}`;
    let info: LockInfo | undefined;
    try {
      const parsed = JSON.parse(raw) as LockInfo;
      if (typeof parsed.pid === "number") info = parsed;
    } catch {
      info = undefined; // unreadable (e.g. cut short by a crash of an older version): stale
    }
    return { id, info };
  } finally {
    fs.closeSync(fd);
  }
}

/** Held by a live process (this one only when this process holds that very lock). */
function isLive(info: LockInfo | undefined): info is LockInfo {
  if (!info) return false;
  // Same PID but not ours: left by an earlier process that had our PID (containers restart with
  // the same small PIDs), so stale.
  if (info.pid === process.pid) return info.token !== undefined && held.has(info.token);
  return isAlive(info.pid);
}

function writeTemp(path: string, info: LockInfo): string {
  const temp = `${path}.tmp-${process.pid}-${randomUUID()}`;
  fs.writeFileSync(temp, JSON.stringify(info), { flag: "wx" });
  return temp;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

type Outcome = { won: true } | { won: false; holder: LockInfo };

/**
 * Tries to make `path` hold `info`. Wins on a free or stale name; otherwise names the live holder.
 * `depth` bounds the chain of guards (each level is only needed when a process died mid-takeover).
 */
function takeExclusive(path: string, info: LockInfo, depth: number): Outcome {
  // A takeover by another live process takes microseconds, but under load it can be descheduled
  // for a while: wait for it up to a deadline rather than a number of attempts.
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const temp = writeTemp(path, info);
    try {
      try {
        fs.linkSync(temp, path);
        return { won: true };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const seen = readInstance(path);
      if (!seen) continue; // released meanwhile: try to create it again
      if (isLive(seen.info)) return { won: false, holder: seen.info };
      if (depth >= 4)
        throw new DatabaseSetupError(`Cannot take over the stale lock ${path}: too many crashed takeovers.`);
      const guard = `${path}.takeover-${seen.id}`;
      const guardInfo: LockInfo = { pid: process.pid, startedAt: info.startedAt, token: randomUUID() };
      const taken = takeExclusive(guard, guardInfo, depth + 1);
      if (!taken.won) {
        sleepSync(5); // another live process is replacing this stale lock; see who won
        continue;
      }
      try {
        if (readInstance(path)?.id !== seen.id) continue; // replaced before we got the guard
        fs.renameSync(temp, path);
        return { won: true };
      } finally {
        fs.rmSync(guard, { force: true });
      }
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  throw new DatabaseSetupError(`Cannot take the lock ${path}: it keeps changing hands. Try again.`);
}

/** Takes the lock or throws DataDirLockedError; a lock left by a dead process is taken over. */
export function acquireDataDirLock(dataDir: string, url?: string): () => void {
  const lockPath = lockPathOf(dataDir);
  const token = randomUUID();
  const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), ...(url ? { url } : {}), token };
  let outcome: Outcome;
  try {
    outcome = takeExclusive(lockPath, info, 0);
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
    throw error;
  }
  if (!outcome.won) throw new DataDirLockedError(dataDir, outcome.holder.pid, outcome.holder.url);
  held.add(token);
  const release = () => {
    process.off("exit", release);
    held.delete(token);
    // Only our own lock is removed; nobody replaces a live holder's lock, so it is still ours.
    if (readInstance(lockPath)?.info?.token === token) fs.rmSync(lockPath, { force: true });
  };
  process.on("exit", release);
  return release;
}

/** Records the URL the lock holder serves, so the CLI can go through the app. */
export function announceUrl(dataDir: string, url: string): void {
  const lockPath = lockPathOf(dataDir);
  const holder = readInstance(lockPath)?.info;
  if (holder?.pid !== process.pid || !holder.token || !held.has(holder.token)) return;
  // Written aside and renamed over, so a reader never sees a half-written lock file.
  fs.renameSync(writeTemp(lockPath, { ...holder, url }), lockPath);
}
