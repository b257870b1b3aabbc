import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect, test } from "vitest";

import { POST as postPreview } from "@/app/api/v1/imports/preview/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { ApiError } from "@/lib/contracts/api";
import { ScenarioSchema } from "@/lib/contracts/scenarios";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { parseEnv } from "@/lib/env";
import { createRequestGuard } from "@/lib/http/guard";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";
import { proxy } from "@/proxy";

import { seededAppDatabase } from "./support/database";

// Cross-site writes through the proxy and into the route handlers, on a real database: what the
// proxy refuses never reaches the handler (nothing is written); what it lets through is handled
// as before. The app's origin here is http://outbound.test:3000 (the Host a browser would send).

const app = "http://outbound.test:3000";
let cleanup: () => Promise<void>;
let firm: Record<string, number>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  firm = (await readFirmPresets(await getPrisma()))[0]!.values;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

type Handler = (request: Request) => Promise<Response>;

/** The request as `next start` serves it: the proxy first, then the handler if it let it through. */
async function send(request: NextRequest, handler: Handler, guard = proxy): Promise<Response> {
  const verdict = await guard(request);
  return verdict.headers.get("x-middleware-next") === "1" ? handler(request) : verdict;
}

function scenarioPost(headers: Record<string, string>, name = "From a test"): NextRequest {
  const body = JSON.stringify({
    name,
    notes: "",
    inputs: {
      state: defaultWorkspaceState(),
      firmProfile: firm,
      monteCarlo: { samples: 200, seed: 3, concentration: 50 },
    },
  });
  return new NextRequest(`${app}/api/v1/scenarios`, {
    method: "POST",
    headers: { host: "outbound.test:3000", "content-type": "application/json", ...headers },
    body,
  });
}

const scenarioCount = async () => (await getPrisma()).scenario.count();

async function expectRefusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = ApiError.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body.error.message;
}

test("a cross-origin POST /api/v1/scenarios sent as text/plain gets 403, and nothing is written", async () => {
  const before = await scenarioCount();
  const request = scenarioPost({ origin: "https://evil.example", "content-type": "text/plain; x=json" });
  const message = await expectRefusal(await send(request, postScenario), 403, "cross_origin_request");
  expect(message).toContain("https://evil.example");
  expect(message).toContain("OUTBOUND_ALLOWED_ORIGINS");
  expect(await scenarioCount()).toBe(before);
});

test("a multipart form posted to /api/v1/imports/preview from https://evil.example gets 403", async () => {
  const form = new FormData();
  form.set("file", new File(["market,indicator,year,value\n"], "values.csv"));
  const request = new NextRequest(`${app}/api/v1/imports/preview`, {
    method: "POST",
    headers: { host: "outbound.test:3000", origin: "https://evil.example" },
    body: form,
  });
  await expectRefusal(await send(request, postPreview), 403, "cross_origin_request");
});

test("a cross-site Referer without Origin gets 403, and so does Origin null", async () => {
  const before = await scenarioCount();
  const byReferer = scenarioPost({ referer: "https://evil.example/outbound-trap.html" });
  expect(await expectRefusal(await send(byReferer, postScenario), 403, "cross_origin_request")).toContain(
    "https://evil.example",
  );
  await expectRefusal(await send(scenarioPost({ origin: "null" }), postScenario), 403, "cross_origin_request");
  // A browser that hid both headers still says the request started on another site.
  await expectRefusal(
    await send(scenarioPost({ "sec-fetch-site": "cross-site" }), postScenario),
    403,
    "cross_origin_request",
  );
  expect(await scenarioCount()).toBe(before);
});

test("the app's own pages may write, by Origin or by Referer", async () => {
  const before = await scenarioCount();
  const byOrigin = await send(
    scenarioPost({ origin: app, "sec-fetch-site": "same-origin" }, "By origin"),
    postScenario,
  );
  expect(byOrigin.status).toBe(201);
  expect(ScenarioSchema.parse(await byOrigin.json()).name).toBe("By origin");
  const byReferer = await send(scenarioPost({ referer: `${app}/scenarios` }, "By referer"), postScenario);
  expect(byReferer.status).toBe(201);
  expect(await scenarioCount()).toBe(before + 2);
});

test("a request with neither Origin nor Referer (a script, the CLI) is accepted", async () => {
  const response = await send(scenarioPost({}, "From a script"), postScenario);
  expect(response.status).toBe(201);
  expect(ScenarioSchema.parse(await response.json()).name).toBe("From a script");
});

test("an origin in OUTBOUND_ALLOWED_ORIGINS may write; others still may not", async () => {
  const guard = createRequestGuard(parseEnv({ OUTBOUND_ALLOWED_ORIGINS: "https://outbound.example.com" }));
  const allowed = await send(
    scenarioPost({ origin: "https://outbound.example.com" }, "Via the proxy"),
    postScenario,
    guard,
  );
  expect(allowed.status).toBe(201);
  const other = await send(scenarioPost({ origin: "https://other.example.com" }), postScenario, guard);
  await expectRefusal(other, 403, "cross_origin_request");
});

test("a JSON route refuses text/plain; x=json with 415 naming what was sent, even from its own origin", async () => {
  const before = await scenarioCount();
  for (const type of ["text/plain; x=json", "application/json-patch+json", "application/json; charset=latin1"]) {
    const response = await send(scenarioPost({ origin: app, "content-type": type }), postScenario);
    expect(await expectRefusal(response, 415, "unsupported_media_type")).toContain(type);
  }
  const charset = await send(
    scenarioPost({ origin: app, "content-type": "application/json; charset=UTF-8" }),
    postScenario,
  );
  expect(charset.status).toBe(201);
  expect(await scenarioCount()).toBe(before + 1);
});

test("an upload route refuses anything but multipart/form-data with 415", async () => {
  const request = new NextRequest(`${app}/api/v1/imports/preview`, {
    method: "POST",
    headers: { host: "outbound.test:3000", origin: app, "content-type": "multipart/form-data-x; boundary=z" },
    body: "--z--",
  });
  expect(await expectRefusal(await send(request, postPreview), 415, "unsupported_media_type")).toContain(
    "multipart/form-data-x",
  );
});
