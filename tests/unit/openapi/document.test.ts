import path from "node:path";

import { describe, expect, test } from "vitest";

import { MAX_AHP_CRITERIA, MAX_ALTERNATIVES, MAX_CRITERIA, MAX_MONTE_CARLO_SAMPLES } from "@/lib/contracts/engine";
import { openApiDocument } from "@/lib/openapi/document";
import { REPORT_FORMATS } from "@/lib/server/reports";

import { exportedMethods, openApiPaths, routeHandlers, type RouteHandler } from "./routes-on-disk";
import { resolve, structuralProblems, walk } from "./structure";

const root = path.resolve(import.meta.dirname, "../../..");
const doc = openApiDocument();
type Json = Record<string, unknown>;
const paths = doc.paths as Record<string, Record<string, Json>>;

// The catch-all app/api/v1/[...path] is left out of the document: it is not an endpoint but the
// answer to every path that is not one (a JSON 404 instead of an HTML page), so documenting it
// would claim that /api/v1/anything exists.
// better-auth's own endpoints (sign-in, sign-out, session, single sign-on callbacks) under
// /api/auth are its API, documented by better-auth, not ours.
const EXCLUDED = new Set(["/api/v1/[...path]", "/api/auth/[...all]"]);
// One handler serves the four report files; the document lists each file as its own path.
const EXPAND = { "[report]": REPORT_FORMATS.map((format) => `report.${format}`) };

const handlers = routeHandlers(root).filter((h) => !EXCLUDED.has(h.folderPath));
const documented = (h: RouteHandler) =>
  openApiPaths(h.folderPath, EXPAND).map((p) => ({ path: p, op: paths[p]?.[h.method.toLowerCase()] }));

describe("reading the route files", () => {
  test("finds each form of export a route file uses", () => {
    const source = [
      "export async function GET(request: Request) {}",
      "export function POST() {}",
      "export const PUT = handler;",
      "export { remove as DELETE, PATCH };",
      "export function helper() {}",
      "export const dynamic = 'force-dynamic';",
    ].join("\n");
    expect([...exportedMethods(source)]).toEqual([
      ["GET", "GET"],
      ["POST", "POST"],
      ["PUT", "PUT"],
      ["DELETE", "remove"],
      ["PATCH", "PATCH"],
    ]);
  });

  test("maps folders to OpenAPI paths", () => {
    expect(openApiPaths("/api/v1/scenarios/[id]/[report]", { "[report]": ["report.pdf", "report.md"] })).toEqual([
      "/api/v1/scenarios/{id}/report.pdf",
      "/api/v1/scenarios/{id}/report.md",
    ]);
    expect(openApiPaths("/api/v1/openapi.json", {})).toEqual(["/api/v1/openapi.json"]);
  });

  test("finds the API's route files, the excluded catch-all among them", () => {
    const all = routeHandlers(root);
    expect(all.some((h) => h.folderPath === "/api/v1/[...path]")).toBe(true);
    // A walk that found nothing would make every test below pass vacuously.
    expect(handlers.length).toBeGreaterThanOrEqual(25);
    expect(handlers.filter((h) => h.readsBody).length).toBeGreaterThanOrEqual(10);
  });
});

describe("every route handler is in the document", () => {
  test.each(handlers.map((h) => [`${h.method} ${h.folderPath}`, h] as const))("%s", (_, handler) => {
    for (const { path: p, op } of documented(handler)) {
      expect(op, `${handler.method} ${p} (${handler.file}) is missing from the document`).toBeDefined();
      expect(
        typeof op!.description === "string" && (op!.description as string).length > 20,
        `${p}: describe the operation in a sentence`,
      ).toBe(true);

      const responses = op!.responses as Record<string, Json>;
      const success = Object.entries(responses).filter(([status]) => /^2\d\d$/.test(status));
      expect(success.length, `${p}: no 2xx response`).toBeGreaterThan(0);
      expect(
        success.some(([, r]) => Object.values((r.content ?? {}) as Record<string, Json>).some((media) => media.schema)),
        `${p}: no 2xx response has a schema`,
      ).toBe(true);

      if (handler.method !== "GET" && handler.usesRequest && !handler.readsBody) {
        throw new Error(
          `${handler.file} ${handler.method} uses its request but no known body reader: add it to BODY_READERS or name it _request`,
        );
      }
      const body = op!.requestBody as { content?: Record<string, Json> } | undefined;
      if (handler.readsBody) {
        const media = Object.values(body?.content ?? {});
        expect(
          media.length > 0 && media.every((m) => m.schema),
          `${p}: the handler reads a body; document its schema`,
        ).toBe(true);
      } else {
        expect(body, `${p}: documents a body the handler never reads`).toBeUndefined();
      }
    }
  });

  test("and nothing else is: each documented operation has a handler on disk", () => {
    const onDisk = new Set(
      handlers.flatMap((h) => documented(h).map(({ path: p }) => `${h.method.toLowerCase()} ${p}`)),
    );
    const inDocument = Object.entries(paths).flatMap(([p, item]) =>
      Object.keys(item).map((method) => `${method} ${p}`),
    );
    expect(inDocument.sort()).toEqual([...onDisk].sort());
  });
});

describe("the document is OpenAPI 3.1", () => {
  test("passes the structure checks: version, every $ref resolves, every path parameter declared", () => {
    expect(structuralProblems(doc as unknown as Json)).toEqual([]);
    expect(doc.info.title).toBe("Outbound API");
    expect([...walk(doc)].filter(([, node]) => typeof node.$ref === "string").length).toBeGreaterThan(50);
  });

  test("the structure checks catch what they look for", () => {
    const broken = structuredClone(doc) as unknown as Json & { paths: Record<string, Record<string, Json>> };
    broken.openapi = "3.0.3";
    const market = broken.paths["/api/v1/markets/{iso3}"]!.get!;
    market.parameters = [];
    market.operationId = "getFramework";
    (market.responses as Json)["200"] = {
      content: { "application/json": { schema: { $ref: "#/components/schemas/Nowhere" } } },
    };
    broken.components = {
      ...(broken.components as Json),
      extra: { type: "string", nullable: true },
      orNull: { allOf: [{ $ref: "#/components/schemas/Health" }, { type: ["object", "null"] }] },
    };
    expect(structuralProblems(broken).sort()).toEqual(
      [
        "openapi is 3.0.3, not 3.1.x",
        "#/paths/~1api~1v1~1markets~1{iso3}/get/responses/200/content/application~1json/schema: $ref #/components/schemas/Nowhere does not resolve",
        '#/components/extra: "nullable" is OpenAPI 3.0; 3.1 lists "null" in type',
        '#/components/orNull: allOf with a $ref never allows null; write anyOf [$ref, {type: "null"}]',
        "GET /api/v1/markets/{iso3}: path parameters declared [], path has [iso3]",
        "GET /api/v1/framework: operationId getFramework is used twice",
        "GET /api/v1/markets/{iso3} 200: no description",
      ].sort(),
    );
  });

  test("a nullable field of the contracts allows null: a type list, or a named schema or null", () => {
    const summary = resolve(doc, "#/components/schemas/MarketSummary") as Json;
    expect((summary.properties as Json).latestYear).toEqual({ type: ["integer", "null"] });
    const inputs = resolve(doc, "#/components/schemas/ScenarioInputs") as Json;
    expect((inputs.properties as Json).firmProfile).toEqual({
      anyOf: [{ $ref: "#/components/schemas/FirmProfile" }, { type: "null" }],
    });
  });
});

describe("what a client reads in it", () => {
  const op = (p: string, method: string) => paths[p]![method]!;
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const schemaOf = (response: unknown, media = "application/json") =>
    ((response as Json).content as Record<string, Json>)[media]!.schema;

  test("each error answer carries the shared error body; a stale save its own 409", () => {
    expect(schemaOf((op("/api/v1/score", "post").responses as Json)["400"])).toEqual(ref("ApiError"));
    expect(schemaOf((op("/api/v1/scenarios/{id}", "put").responses as Json)["409"])).toEqual(ref("VersionConflict"));
    const retry = (op("/api/v1/sensitivity", "post").responses as Record<string, Json>)["429"]!;
    expect(Object.keys(retry.headers as Json)).toEqual(["Content-Language", "Retry-After"]);
  });

  test("every operation takes Accept-Language and every error answer states its Content-Language", () => {
    const parameter = (doc.components as Record<string, Record<string, Json>>).parameters!.AcceptLanguage!;
    expect([parameter.name, parameter.in, parameter.required]).toEqual(["Accept-Language", "header", false]);
    let operations = 0;
    for (const item of Object.values(paths)) {
      for (const operation of Object.values(item)) {
        operations++;
        expect(operation.parameters as Json[]).toContainEqual({ $ref: "#/components/parameters/AcceptLanguage" });
        for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
          if (Number(status) >= 400 && !("$ref" in response))
            expect(Object.keys((response.headers ?? {}) as Json), `${status}`).toContain("Content-Language");
        }
      }
    }
    expect(operations).toBeGreaterThanOrEqual(20);
  });

  test("the engine's limits are in the request schemas", () => {
    const score = resolve(doc, "#/components/schemas/ScoreRequest") as { properties: Record<string, Json> };
    expect(score.properties.alternatives!.maxItems).toBe(MAX_ALTERNATIVES);
    expect(score.properties.criteria!.maxItems).toBe(MAX_CRITERIA);
    const ahp = resolve(doc, "#/components/schemas/AhpRequest") as { properties: Record<string, Json> };
    expect(ahp.properties.criteria!.maxItems).toBe(MAX_AHP_CRITERIA);
    const sensitivity = JSON.stringify(resolve(doc, "#/components/schemas/SensitivityRequest"));
    expect(sensitivity).toContain(`"maximum":${MAX_MONTE_CARLO_SAMPLES}`);
  });

  test("uploads are multipart with the file and its limit; the PDF is binary, Markdown and CSV text", () => {
    const upload = op("/api/v1/imports/preview", "post").requestBody as { description: string; content: Json };
    expect(Object.keys(upload.content)).toEqual(["multipart/form-data"]);
    expect(upload.description).toContain("5 MB");
    const report = (format: string) => (op(`/api/v1/scenarios/{id}/report.${format}`, "get").responses as Json)["200"];
    expect(schemaOf(report("pdf"), "application/pdf")).toMatchObject({ type: "string", format: "binary" });
    expect(schemaOf(report("md"), "text/markdown; charset=utf-8")).toMatchObject({ type: "string" });
    expect(schemaOf(report("csv"), "text/csv; charset=utf-8; header=present")).toMatchObject({ type: "string" });
    expect(schemaOf(report("json"), "application/json; charset=utf-8")).toEqual(ref("ScenarioExport"));
  });

  test("a contract used inside another is one component, referenced", () => {
    const scenario = resolve(doc, "#/components/schemas/Scenario") as { properties: Record<string, Json> };
    expect(scenario.properties.results).toEqual(ref("ScenarioResults"));
    expect(scenario.properties.inputs).toEqual(ref("ScenarioInputs"));
  });
});
