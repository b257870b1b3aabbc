import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, test } from "vitest";

import { DataDirLockedError } from "@/lib/db/errors";
import { acquireDataDirLock, lockPathOf, readLiveLock } from "@/lib/db/lock";

// The embedded database's lock under contention: processes started together after a crash, and a
// second open inside one process. Each contender is a real process (tsx), as the app is.

const CONTENDER = path.resolve(import.meta.dirname, "support/lock-contender.ts");
const ROUNDS = 20;
const CONTENDERS = 3;

let root: string;
let deadPid: number;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "outbound-lock-"));
  // A PID that certainly belonged to a process that has exited (and was reaped).
  deadPid = spawnSync(process.execPath, ["-e", ""]).pid!;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

type Contender = { child: ChildProcessWithoutNullStreams; lines: string[]; next: () => Promise<string> };

function startContender(dataDir: string): Contender {
  const child = spawn(process.execPath, ["--import", "./scripts/register.mjs", CONTENDER, dataDir], {
    cwd: process.cwd(),
  });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffer = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const line = lines.shift();
      if (line !== undefined) return resolve(line);
      waiting.push(resolve);
      child.once("exit", (code) => reject(new Error(`contender exited (${code}) before answering: ${stderr}`)));
    });
  return { child, lines, next };
}

test(`after a crash, ${CONTENDERS} processes started together: exactly one takes the lock (${ROUNDS} rounds)`, async () => {
  const dataDir = path.join(root, "race");
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the two kinds of stale lock a crash leaves: a whole file of a dead process, and
    // one cut short (an older version wrote it in place).
    writeFileSync(
      lockPathOf(dataDir),
      round % 2 === 0 ? JSON.stringify({ pid: deadPid, startedAt: "2020-01-01T00:00:00Z" }) : '{"pid":',
    );
    const contenders = Array.from({ length: CONTENDERS }, () => startContender(dataDir));
    try {
      for (const c of contenders) expect(await c.next()).toBe("ready");
      const startAt = Date.now() + 150;
      for (const c of contenders) c.child.stdin.write(`${startAt}\n`);
      const answers = await Promise.all(contenders.map((c) => c.next()));
      const winners = contenders.filter((_, i) => answers[i] === "won");
      expect(winners, `round ${round}: ${answers.join(", ")}`).toHaveLength(1);
      const winnerPid = winners[0]!.child.pid;
      // The losers name the winner, and the lock file says the winner holds it.
      for (const answer of answers.filter((a) => a !== "won")) expect(answer).toBe(`locked ${winnerPid}`);
      expect(readLiveLock(dataDir)?.pid).toBe(winnerPid);
    } finally {
      await Promise.all(
        contenders.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.child.exitCode !== null) return resolve();
              c.child.once("exit", () => resolve());
              c.child.stdin.end();
            }),
        ),
      );
    }
    // The winner released its lock on exit, and no takeover guard or temporary file is left.
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith("race."))).toEqual([]);
  }
}, 120_000);

test("a second open in the same process is refused, not taken over", () => {
  const dataDir = path.join(root, "same-process");
  const release = acquireDataDirLock(dataDir);
  try {
    const before = readFileSync(lockPathOf(dataDir), "utf8");
    expect(() => acquireDataDirLock(dataDir)).toThrowError(DataDirLockedError);
    expect(() => acquireDataDirLock(dataDir)).toThrowError(new RegExp(`pid ${process.pid}`));
    expect(readFileSync(lockPathOf(dataDir), "utf8")).toBe(before);
  } finally {
    release();
  }
  expect(existsSync(lockPathOf(dataDir))).toBe(false);
});

test("a lock with this process's PID that this process does not hold (an earlier process with the same PID) is stale", () => {
  const dataDir = path.join(root, "reused-pid");
  writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid: process.pid, startedAt: "2020-01-01T00:00:00Z" }));
  const release = acquireDataDirLock(dataDir);
  try {
    const info = JSON.parse(readFileSync(lockPathOf(dataDir), "utf8")) as { startedAt: string };
    expect(info.startedAt).not.toBe("2020-01-01T00:00:00Z");
  } finally {
    release();
  }
});

test("releasing a lock leaves another holder's lock alone", () => {
  const dataDir = path.join(root, "release");
  const release = acquireDataDirLock(dataDir);
  // Simulates an operator who removed our lock file and another process that took the directory.
  const other = JSON.stringify({ pid: 1, startedAt: new Date().toISOString(), token: "someone-else" });
  writeFileSync(lockPathOf(dataDir), other);
  release();
  expect(readFileSync(lockPathOf(dataDir), "utf8")).toBe(other);
});
