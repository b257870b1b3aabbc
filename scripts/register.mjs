// Loaded with `node --import ./scripts/register.mjs` by every script that runs the app's server
// code outside Next.js (start, CLI, migrations, seed, benchmarks): TypeScript through tsx, and
// `server-only` resolved to an empty module. That package throws anywhere but React's server build
// so that server code never reaches a browser bundle; a script is not a browser bundle.
import { register } from "node:module";

import "tsx";

const emptyServerOnly = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(emptyServerOnly)}`);
