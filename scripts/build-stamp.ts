import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// Whether the production build on disk was made from the sources as they are now (scripts/test-all.ts:
// CI's second pass reuses the first pass's build instead of making the same one again).

/**
 * What the production build is made from: the commit, and every uncommitted change and untracked
 * file (git). Undefined outside a git checkout, where the build is always made anew.
 */
export function sourceStamp(): string | undefined {
  const git = (...args: string[]) => spawnSync("git", args, { encoding: "buffer", maxBuffer: 1 << 30 });
  const head = git("rev-parse", "HEAD");
  if (head.status !== 0) return undefined;
  const hash = createHash("sha256").update(head.stdout);
  hash.update(git("diff", "HEAD", "--binary").stdout);
  const untracked = git("ls-files", "--others", "--exclude-standard", "-z")
    .stdout.toString()
    .split("\0")
    .filter(Boolean);
  for (const file of untracked.sort()) hash.update(file).update(existsSync(file) ? readFileSync(file) : "");
  return hash.digest("hex");
}

/** Where the stamp of the build in the build directory (NEXT_DIST_DIR or .next) is kept. */
export function stampFile(): string {
  return path.join(process.env.NEXT_DIST_DIR ?? ".next", "outbound-source-stamp");
}

/** The build on disk is complete and was made from sources with this stamp. */
export function buildIsCurrent(stamp: string): boolean {
  const dir = path.dirname(stampFile());
  return (
    existsSync(path.join(dir, "BUILD_ID")) && existsSync(stampFile()) && readFileSync(stampFile(), "utf8") === stamp
  );
}
