// One contender in the lock race of tests/integration/lock.test.ts. It prints "ready", reads the
// start time (epoch ms) from its first stdin line, spins until then, takes the data directory's
// lock exactly as the app does (lib/db/lock.ts, called by openEmbeddedDatabase), prints "won" or
// "locked <pid>", and holds a won lock until its stdin closes.
import { DataDirLockedError } from "@/lib/db/errors";
import { acquireDataDirLock } from "@/lib/db/lock";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: lock-contender.ts <dataDir>");

let release: (() => void) | undefined;
let started = false;
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk: string) => {
  input += chunk;
  if (started || !input.includes("\n")) return;
  started = true;
  const startAt = Number(input.split("\n")[0]);
  // Busy-wait rather than a timer: the contenders must leave the line within microseconds.
  while (Date.now() < startAt) {
    /* spin */
  }
  try {
    release = acquireDataDirLock(dataDir);
    process.stdout.write("won\n");
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    process.stdout.write(`locked ${error.ownerPid}\n`);
  }
});
process.stdin.on("end", () => {
  release?.();
  process.exit(0);
});
process.stdout.write("ready\n");
