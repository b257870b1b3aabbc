import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";

import { nameContracts } from "./components";
import { fixNullableRefs } from "./nullable-refs";
import { registerCasePaths } from "./paths/cases";
import { registerDataPaths } from "./paths/data";
import { registerDecisionPaths } from "./paths/decisions";
import { registerEnginePaths } from "./paths/engine";
import { registerImportPaths } from "./paths/imports";
import { registerPeoplePaths } from "./paths/people";
import { registerScenarioPaths } from "./paths/scenarios";
import { registerSharePaths } from "./paths/shares";

// The OpenAPI 3.1 document of the HTTP API, generated from the zod contracts the routes validate
// with (tests/unit/openapi checks that every route handler on disk is in it).

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

let document: OpenApiDocument | undefined;

function generate(): OpenApiDocument {
  nameContracts();
  const registry = new OpenAPIRegistry();
  registerDataPaths(registry);
  registerEnginePaths(registry);
  registerCasePaths(registry);
  registerScenarioPaths(registry);
  registerImportPaths(registry);
  registerPeoplePaths(registry);
  registerSharePaths(registry);
  registerDecisionPaths(registry);
  const generated = new OpenApiGeneratorV31(registry.definitions, {
    sortComponents: "alphabetically",
  }).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Outbound API",
      // The API's version, as in its paths (/api/v1); additions keep it, a breaking change would not.
      version: "1",
      description:
        "Decide where to expand abroad, how to enter and with which business strategy. JSON in and out, validated with the same zod contracts as the app and the CLI; every error is JSON (`ApiError`) naming each offending field. An error's `code` is stable; its `message` is written in the language the request's `Accept-Language` header asks for (English, Chinese `zh-CN` or Russian `ru`; English when it names none of them), which the answer's `Content-Language` header states. Writes from another site's page are refused (403); requests without Origin or Referer (scripts, services) are accepted.",
    },
    servers: [{ url: "/", description: "The app itself (http://127.0.0.1:3000 by default)." }],
    tags: [
      { name: "data", description: "The data set: markets, indicators, the framework." },
      {
        name: "engine",
        description: "The decision engine: ranking, AHP weights, robustness, entry-mode fit. Nothing is stored.",
      },
      { name: "scenarios", description: "Saved scenarios: versioned, soft-deleted, compared." },
      { name: "reports", description: "A scenario's recommendation report, as PDF, Markdown, CSV or JSON." },
      { name: "your data", description: "Imports of the user's own data, and the backup file." },
      { name: "team", description: "Members, roles, invitations and password-reset links of a workspace." },
      {
        name: "sharing",
        description: "Read-only links to a scenario's report, and the report files they open with no account.",
      },
      {
        name: "decisions",
        description: "Group decisions: private weighting, reveal, consensus, and freezing into a scenario.",
      },
    ],
  });
  fixNullableRefs(generated);
  addAcceptLanguage(generated);
  addSignInRequired(generated);
  return generated;
}

/**
 * Paths that answer without a session in team mode: the health check, a share link's downloads,
 * accepting an invitation, setting a password by link, and the CLI's loopback admin endpoints
 * (which prove themselves with a token file). Every other operation answers 401 without one
 * (lib/server/access.ts), and says so.
 */
const PUBLIC_PATHS = [
  /^\/api\/health$/,
  /^\/api\/v1\/shared\//,
  /^\/api\/admin\//,
  /^\/api\/v1\/invitations\/accept$/,
  /^\/api\/v1\/password-resets$/,
];

function addSignInRequired(document: OpenApiDocument): void {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    (["get", "put", "post", "delete", "patch"] as const).flatMap((method) => {
      const operation = item[method];
      return operation ? [{ path, operation }] : [];
    }),
  );
  // The 401 answer as the paths that list it wrote it (lib/openapi/responses.ts errors()).
  const signIn = operations.map(({ operation }) => operation.responses?.["401"]).find(Boolean);
  if (!signIn) throw new Error("No operation documents the 401 answer to copy");
  for (const { path, operation } of operations) {
    if (PUBLIC_PATHS.some((pattern) => pattern.test(path))) continue;
    operation.responses = { ...operation.responses, "401": operation.responses?.["401"] ?? signIn };
  }
}

const ACCEPT_LANGUAGE = {
  name: "Accept-Language",
  in: "header" as const,
  required: false,
  description:
    "The language of error messages (RFC 9110 §12.5.4): `zh`/`zh-CN` for Chinese, `ru` for Russian; anything else, or none, gives English. The answer's Content-Language names the language used.",
  schema: { type: "string" as const, examples: ["zh-CN,zh;q=0.9", "ru", "en"] },
};

/** Every operation takes Accept-Language (lib/http/api-text.ts): one shared parameter, referenced. */
function addAcceptLanguage(document: OpenApiDocument): void {
  document.components ??= {};
  document.components.parameters = { ...document.components.parameters, AcceptLanguage: ACCEPT_LANGUAGE };
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of ["get", "put", "post", "delete", "patch"] as const) {
      const operation = item[method];
      if (operation)
        operation.parameters = [...(operation.parameters ?? []), { $ref: "#/components/parameters/AcceptLanguage" }];
    }
  }
}

/** The document, generated once per process: it changes only with the code. */
export function openApiDocument(): OpenApiDocument {
  document ??= generate();
  return document;
}
