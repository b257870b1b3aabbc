import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

import { GET as unknownRoute } from "@/app/api/v1/[...path]/route";
import { GET as getCases, POST as postCases } from "@/app/api/v1/cases/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { ApiError } from "@/lib/contracts/api";
import { parseEnv } from "@/lib/env";
import { createRequestGuard } from "@/lib/http/guard";
import { withRequestContext } from "@/lib/http/log";
import { errorResponse } from "@/lib/http/route";
import { MarketNotFoundError, ScenarioConflictError, WorkBudgetError } from "@/lib/server/errors";

// Who may call is the access matrix's business (tests/integration/access-matrix.test.ts); here,
// without a database, every caller is the app running alone.
vi.mock("@/lib/server/access", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/access")>();
  return { ...actual, routeAccess: async () => actual.SOLO_ACCESS, requireMember: async () => actual.SOLO_ACCESS };
});

// API errors in the caller's language (issue 12): the same bad request sent with
// Accept-Language zh-CN, ru and none keeps its code and its field paths, and its message is
// written in Han, Cyrillic or plain English; Content-Language names the language chosen.

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LANGUAGES = [
  { header: "zh-CN,zh;q=0.9,en;q=0.8", tag: "zh-CN", script: HAN },
  { header: "ru-RU,ru;q=0.9", tag: "ru", script: CYRILLIC },
  { header: undefined, tag: "en", script: /^[\x20-\x7e]+$/ },
] as const;

async function errorOf(response: Response) {
  const raw = (await response.json()) as { error: { currentVersion?: number } };
  const body = ApiError.parse(raw);
  return {
    status: response.status,
    language: response.headers.get("content-language"),
    currentVersion: raw.error.currentVersion,
    ...body.error,
  };
}

function expectLanguage(error: { message: string; language: string | null }, tag: string, script: RegExp) {
  expect(error.language).toBe(tag);
  expect(error.message).toMatch(script);
  if (tag === "en") expect(error.message).not.toMatch(/[\p{Script=Han}\p{Script=Cyrillic}]/u);
  else expect(error.message).not.toMatch(/^[\x20-\x7e]+$/);
}

function scenarioPost(body: string, acceptLanguage?: string, contentType = "application/json"): Request {
  return new Request("http://127.0.0.1/api/v1/scenarios", {
    method: "POST",
    headers: { "content-type": contentType, ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}) },
    body,
  });
}

describe.each(LANGUAGES)("Accept-Language: $header", ({ header, tag, script }) => {
  const headers = header ? { "accept-language": header } : undefined;

  it("a body that is not JSON: invalid_json, the message in the caller's language", async () => {
    const error = await errorOf(await postScenario(scenarioPost("{not json", header)));
    expect([error.status, error.code]).toEqual([400, "invalid_json"]);
    expectLanguage(error, tag, script);
  });

  it("a body that breaks the contract: invalid_request, zod's issues worded in the language, paths kept", async () => {
    const error = await errorOf(
      await postScenario(scenarioPost(JSON.stringify({ name: 42, notes: "", inputs: {} }), header)),
    );
    expect([error.status, error.code]).toEqual([400, "invalid_request"]);
    expectLanguage(error, tag, script);
    expect(error.issues?.map((i) => i.path)).toContain("name");
    const name = error.issues!.find((i) => i.path === "name")!;
    expect(name.message).toMatch(script);
    expect(error.message).toContain("name: ");
  });

  it("a body sent as text/plain: unsupported_media_type", async () => {
    const error = await errorOf(await postScenario(scenarioPost("{}", header, "text/plain")));
    expect([error.status, error.code]).toEqual([415, "unsupported_media_type"]);
    expectLanguage(error, tag, script);
    expect(error.message).toContain("text/plain");
  });

  it("a query string that breaks the contract: invalid_request naming the parameter", async () => {
    const response = await getCases(new Request("http://127.0.0.1/api/v1/cases?mode=teleport&region=x", { headers }));
    const error = await errorOf(response);
    expect([error.status, error.code]).toEqual([400, "invalid_request"]);
    expect(error.message).toMatch(script);
  });

  it("an unknown API path and a method the route lacks: not_found and method_not_allowed", async () => {
    const missing = await errorOf(await unknownRoute(new Request("http://127.0.0.1/api/v1/nowhere", { headers })));
    expect([missing.status, missing.code]).toEqual([404, "not_found"]);
    expectLanguage(missing, tag, script);
    expect(missing.message).toContain("/api/v1/nowhere");
    const wrong = await errorOf(
      await postCases(new Request("http://127.0.0.1/api/v1/cases", { method: "POST", headers })),
    );
    expect([wrong.status, wrong.code]).toEqual([405, "method_not_allowed"]);
    expectLanguage(wrong, tag, script);
  });

  it("a cross-site write and a spent budget: cross_origin_request (403) and rate_limited (429) from the proxy", async () => {
    const env = parseEnv({ OUTBOUND_RATE_LIMIT_SENSITIVITY: "1" });
    const guard = createRequestGuard(env);
    const request = (origin?: string) =>
      new NextRequest("http://127.0.0.1:3000/api/v1/sensitivity", {
        method: "POST",
        headers: { host: "127.0.0.1:3000", ...(origin ? { origin } : {}), ...headers },
      });
    const refused = await errorOf(await guard(request("https://elsewhere.example")));
    expect([refused.status, refused.code]).toEqual([403, "cross_origin_request"]);
    expectLanguage(refused, tag, script);
    expect(refused.message).toContain("https://elsewhere.example");
    await guard(request());
    const limited = await errorOf(await guard(request()));
    expect([limited.status, limited.code]).toEqual([429, "rate_limited"]);
    expectLanguage(limited, tag, script);
    expect(limited.message).toMatch(/\b1\b/);
  });

  it("domain errors answered for the request being served: not_found (404) and version_conflict (409)", async () => {
    const locale = tag === "zh-CN" ? "zh" : (tag as "en" | "ru");
    await withRequestContext({ requestId: "t", locale }, async () => {
      const missing = await errorOf(errorResponse(new MarketNotFoundError("XYZ")));
      expect([missing.status, missing.code]).toEqual([404, "not_found"]);
      expectLanguage(missing, tag, script);
      expect(missing.message).toContain("XYZ");
      const conflict = await errorOf(errorResponse(new ScenarioConflictError("s1", 2, 3, false)));
      expect([conflict.status, conflict.code, conflict.currentVersion]).toEqual([409, "version_conflict", 3]);
      expectLanguage(conflict, tag, script);
      expect(conflict.message).toMatch(/2[^0-9].*3/);
      const slow = await errorOf(errorResponse(new WorkBudgetError(20000)));
      expect([slow.status, slow.code, slow.limit]).toEqual([
        503,
        "time_budget_exceeded",
        "OUTBOUND_WORK_BUDGET_MS = 20000",
      ]);
      expectLanguage(slow, tag, script);
    });
  });
});

it("English answers keep their wording word for word", async () => {
  const error = await errorOf(await postScenario(scenarioPost("{}", undefined, "text/plain")));
  expect(error.message).toBe("Send the body as application/json, not text/plain.");
  const wrong = await errorOf(await postCases(new Request("http://127.0.0.1/api/v1/cases", { method: "POST" })));
  expect(wrong.message).toBe("POST is not allowed on /api/v1/cases; use GET.");
});
