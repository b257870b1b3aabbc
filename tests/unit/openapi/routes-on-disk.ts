import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The route handlers as they are on disk: every app/api/**/route.ts, its exported HTTP methods
// read from the source (not from a list kept by hand), and whether each handler reads a body.
// The 405 answers a route exports for the methods it lacks (`export const { PUT } = otherMethods(…)`)
// are not operations, and these patterns do not match them.

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Calls that read a request body (lib/http, lib/imports and the scenario helpers, or the Request API). */
const BODY_READERS = [
  "readBodyText(",
  "readJsonBody(",
  "readOptionalJsonBody(",
  "readUpload(",
  "jsonBodyStream(",
  "request.json(",
  "request.text(",
  "request.formData(",
  "request.arrayBuffer(",
  "request.blob(",
  "request.body",
];

export type RouteHandler = {
  /** app/api/v1/scenarios/[id]/route.ts */
  file: string;
  /** /api/v1/scenarios/[id] */
  folderPath: string;
  method: HttpMethod;
  /** The handler's source: its function, or the function an `export { x as GET }` names. */
  source: string;
  readsBody: boolean;
  /** Uses its request argument (not `_request`) other than through a known body reader. */
  usesRequest: boolean;
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** `export async function GET`, `export function GET`, `export const GET =`, `export { x as GET, POST }`. */
export function exportedMethods(source: string): Map<HttpMethod, string> {
  const found = new Map<HttpMethod, string>();
  const isMethod = (name: string): name is HttpMethod => (HTTP_METHODS as readonly string[]).includes(name);
  for (const match of source.matchAll(/^export\s+(?:async\s+)?function\s+([A-Z]+)\s*\(/gm)) {
    if (isMethod(match[1]!)) found.set(match[1], match[1]);
  }
  for (const match of source.matchAll(/^export\s+(?:const|let|var)\s+([A-Z]+)\s*[=:]/gm)) {
    if (isMethod(match[1]!)) found.set(match[1], match[1]);
  }
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1]!.split(",")) {
      const [local, exported = local] = part
        .trim()
        .split(/\s+as\s+/)
        .map((s) => s.trim());
      if (exported && isMethod(exported)) found.set(exported, local!);
    }
  }
  return found;
}

/** From `function name(` or `const name =` to the first line that closes it at column 0. */
function functionSource(source: string, name: string): string {
  const start = source.search(
    new RegExp(
      `^(?:export\\s+)?(?:async\\s+)?(?:function\\s+${name}\\s*\\(|(?:const|let|var)\\s+${name}\\s*[=:])`,
      "m",
    ),
  );
  if (start < 0) throw new Error(`no function ${name} found`);
  const end = source.slice(start).search(/^\}/m);
  return end < 0 ? source.slice(start) : source.slice(start, start + end + 1);
}

export function routeHandlers(root: string): RouteHandler[] {
  const apiDir = path.join(root, "app", "api");
  return routeFiles(apiDir)
    .sort()
    .flatMap((full) => {
      const file = path.relative(root, full).split(path.sep).join("/");
      const folderPath = `/${path.relative(path.join(root, "app"), path.dirname(full)).split(path.sep).join("/")}`;
      const source = readFileSync(full, "utf8");
      return [...exportedMethods(source)].map(([method, local]) => {
        const handler = functionSource(source, local);
        const readsBody = BODY_READERS.some((reader) => handler.includes(reader));
        const params = /\(([^)]*)\)/.exec(handler)?.[1] ?? "";
        const requestName = /^\s*(\w+)/.exec(params)?.[1];
        // Reading who asks (its session cookie, issue 13; the admin command's token) is not a use of the body.
        const body = handler
          .slice(handler.indexOf(")") + 1)
          .replace(
            new RegExp(
              `\\b(?:routeAccess|requireMember|assertAdminRequest)\\(${requestName}\\)|\\b${requestName}\\.headers\\b`,
              "g",
            ),
            "",
          );
        const usesRequest =
          requestName !== undefined && !requestName.startsWith("_") && new RegExp(`\\b${requestName}\\b`).test(body);
        return { file, folderPath, method, source: handler, readsBody, usesRequest };
      });
    });
}

/** `[id]` → `{id}`; a segment in `expand` becomes each of its concrete values. */
export function openApiPaths(folderPath: string, expand: Record<string, string[]>): string[] {
  let paths = [""];
  for (const segment of folderPath.split("/").filter(Boolean)) {
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    const values = segment in expand ? expand[segment]! : dynamic ? [`{${dynamic[1]}}`] : [segment];
    paths = paths.flatMap((p) => values.map((v) => `${p}/${v}`));
  }
  return paths;
}
