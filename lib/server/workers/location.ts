import "server-only";

import path from "node:path";

/**
 * Where the bundled workers live: beside the Next.js build (`.next-workers` for `.next`), so each
 * parallel build folder (NEXT_DIST_DIR) has its own and .gitignore's ".next-" pattern covers them.
 * `next build` empties its own folder, hence a sibling rather than a subfolder.
 */
export function workersDir(cwd = process.cwd()): string {
  return path.resolve(/* turbopackIgnore: true */ cwd, `${process.env.NEXT_DIST_DIR ?? ".next"}-workers`);
}
