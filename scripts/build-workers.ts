/**
 * Bundles the worker pool's entries (lib/server/workers/*.ts) into standalone ES modules. Route
 * code is bundled by Turbopack and `next start` has no TypeScript loader, so a worker thread needs
 * a plain JavaScript file of its own. Runs after `next build` (`npm run build`) and before
 * `next dev`; packages stay external and load from node_modules at run time.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { build, type Plugin } from "esbuild";

import { workersDir } from "../lib/server/workers/location";

// `import "server-only"` keeps server modules out of browser bundles; outside React's server
// condition the package throws on import, and a worker thread is server code: load nothing.
const serverOnlyIsEmpty: Plugin = {
  name: "server-only-is-empty",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

export async function buildWorkers(outDir = workersDir()): Promise<string[]> {
  const source = path.resolve("lib/server/workers");
  const entries = readdirSync(source)
    .filter((file) => file.endsWith(".ts") && file !== "location.ts")
    .map((file) => path.join(source, file));
  await build({
    entryPoints: entries,
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // Dynamic imports become chunks of their own, loaded when first needed (react-pdf: PDFs only).
    splitting: true,
    jsx: "automatic",
    tsconfig: path.resolve("tsconfig.json"),
    logLevel: "warning",
    plugins: [serverOnlyIsEmpty],
  });
  return entries.map((entry) => path.join(outDir, `${path.basename(entry, ".ts")}.mjs`));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildWorkers().then(
    (files) => console.log(`Workers: ${files.map((f) => path.relative(process.cwd(), f)).join(", ")}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
