import { NextRequest } from "next/server";
import { expect, test } from "vitest";

import { ApiError } from "@/lib/contracts/api";
import { EnvError, parseEnv } from "@/lib/env";
import { createRequestGuard } from "@/lib/http/guard";
import { needsOriginCheck } from "@/lib/http/origin";

// The proxy's guard on constructed requests: security headers and the page nonce, rate limits
// with Retry-After, and the environment that configures them.

const app = "http://127.0.0.1:3000";
const get = (path: string, headers: Record<string, string> = {}) => new NextRequest(`${app}${path}`, { headers });
const post = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`${app}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: "{}",
  });
const passed = (response: Response) => response.headers.get("x-middleware-next") === "1";

/** The CSP's directives by name, so assertions name what they check. */
function directives(policy: string | null): Map<string, string[]> {
  expect(policy).toBeTruthy();
  return new Map(
    policy!.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

test("a page gets a CSP with a fresh nonce, which Next.js also receives on the request", async () => {
  const guard = createRequestGuard(parseEnv({}));
  const first = await guard(get("/markets/RUS"));
  const second = await guard(get("/markets/RUS"));
  expect(passed(first)).toBe(true);
  const nonceOf = (response: Response) =>
    directives(response.headers.get("content-security-policy"))
      .get("script-src")!
      .find((s) => s.startsWith("'nonce-"));
  const nonce = nonceOf(first);
  expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
  expect(nonceOf(second)).not.toBe(nonce);
  // NextResponse.next({ request: { headers } }) hands the rewritten request headers to the renderer.
  expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(
    first.headers.get("content-security-policy"),
  );
});

test("pages, API answers and static files carry the security headers; production allows no eval", async () => {
  const guard = createRequestGuard(parseEnv({}));
  for (const path of ["/", "/api/v1/markets", "/_next/static/chunks/app.js", "/icon.svg"]) {
    const response = await guard(get(path));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const permissions = response.headers.get("permissions-policy") ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment"])
      expect(permissions).toContain(`${feature}=()`);
    const csp = directives(response.headers.get("content-security-policy"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
  }
  // Only pages render inline scripts, so only they get a nonce.
  const api = directives((await guard(get("/api/v1/markets"))).headers.get("content-security-policy"));
  expect(api.get("script-src")).toEqual(["'self'"]);
  const dev = createRequestGuard(parseEnv({}), { dev: true });
  expect(directives((await dev(get("/"))).headers.get("content-security-policy")).get("script-src")).toContain(
    "'unsafe-eval'",
  );
});

test("refusals carry the security headers too", async () => {
  const response = await createRequestGuard(parseEnv({}))(
    post("/api/v1/scenarios", { origin: "https://evil.example" }),
  );
  expect(response.status).toBe(403);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
});

test("the backup export is origin-checked like a write; other reads are not", () => {
  expect(needsOriginCheck("GET", "/api/v1/backup")).toBe(true);
  expect(needsOriginCheck("POST", "/api/v1/backup")).toBe(true);
  expect(needsOriginCheck("DELETE", "/api/v1/imports/abc")).toBe(true);
  expect(needsOriginCheck("PUT", "/api/v1/scenarios/abc")).toBe(true);
  expect(needsOriginCheck("GET", "/api/v1/scenarios")).toBe(false);
  expect(needsOriginCheck("GET", "/api/v1/scenarios/abc/report.pdf")).toBe(false);
});

test("past the limit an expensive endpoint answers 429 with Retry-After and a JSON error", async () => {
  const guard = createRequestGuard(parseEnv({ OUTBOUND_RATE_LIMIT_SENSITIVITY: "3" }));
  for (let i = 0; i < 3; i++) expect(passed(await guard(post("/api/v1/sensitivity")))).toBe(true);
  const refused = await guard(post("/api/v1/sensitivity"));
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = ApiError.parse(await refused.json());
  expect(body.error.code).toBe("rate_limited");
  expect(body.error.message).toContain("at most 3 a minute");
  // The budget is per endpoint: scoring and another expensive endpoint still answer.
  expect(passed(await guard(post("/api/v1/score")))).toBe(true);
  expect(passed(await guard(post("/api/v1/imports/preview")))).toBe(true);
});

test("each expensive endpoint has its own budget from its own variable; 0 switches a limit off", async () => {
  const guard = createRequestGuard(
    parseEnv({
      OUTBOUND_RATE_LIMIT_REPORT_PDF: "1",
      OUTBOUND_RATE_LIMIT_IMPORTS: "1",
      OUTBOUND_RATE_LIMIT_BACKUP: "1",
      OUTBOUND_RATE_LIMIT_SENSITIVITY: "0",
    }),
  );
  const pdf = "/api/v1/scenarios/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/report.pdf";
  const cases: [string, () => NextRequest][] = [
    ["report", () => get(pdf)],
    ["imports", () => post("/api/v1/imports/preview")],
    ["backup", () => get("/api/v1/backup")],
  ];
  for (const [, make] of cases) {
    expect(passed(await guard(make()))).toBe(true);
    expect((await guard(make())).status).toBe(429);
  }
  // Preview and commit share the imports budget; export and restore share the backup budget.
  expect((await guard(post("/api/v1/imports"))).status).toBe(429);
  expect((await guard(post("/api/v1/backup"))).status).toBe(429);
  // The Markdown report is cheap and not limited.
  expect(passed(await guard(get(pdf.replace(".pdf", ".md"))))).toBe(true);
  for (let i = 0; i < 50; i++) expect(passed(await guard(post("/api/v1/sensitivity")))).toBe(true);
});

test("without a trusted proxy a forged X-Forwarded-For buys no new budget; behind one each client has its own", async () => {
  const shared = createRequestGuard(parseEnv({ OUTBOUND_RATE_LIMIT_SENSITIVITY: "1" }));
  expect(passed(await shared(post("/api/v1/sensitivity", { "x-forwarded-for": "10.0.0.1" })))).toBe(true);
  expect((await shared(post("/api/v1/sensitivity", { "x-forwarded-for": "10.0.0.2" }))).status).toBe(429);

  const trusted = createRequestGuard(parseEnv({ OUTBOUND_RATE_LIMIT_SENSITIVITY: "1", OUTBOUND_TRUST_PROXY: "true" }));
  // The proxy appends the address it saw; what the client wrote before it does not count.
  expect(passed(await trusted(post("/api/v1/sensitivity", { "x-forwarded-for": "1.1.1.1, 10.0.0.1" })))).toBe(true);
  expect((await trusted(post("/api/v1/sensitivity", { "x-forwarded-for": "2.2.2.2, 10.0.0.1" }))).status).toBe(429);
  expect(passed(await trusted(post("/api/v1/sensitivity", { "x-forwarded-for": "10.0.0.2" })))).toBe(true);
});

test("a wrong security setting stops start-up with a message naming the variable", () => {
  expect(
    parseEnv({ OUTBOUND_ALLOWED_ORIGINS: " https://a.example , HTTP://B.example:8080/ " }).OUTBOUND_ALLOWED_ORIGINS,
  ).toEqual(["https://a.example", "http://b.example:8080"]);
  for (const wrong of [
    "https://a.example/outbound",
    "outbound.example.com",
    "ftp://a.example",
    "https://a.example?x=1",
  ]) {
    expect(() => parseEnv({ OUTBOUND_ALLOWED_ORIGINS: wrong })).toThrowError(EnvError);
    expect(() => parseEnv({ OUTBOUND_ALLOWED_ORIGINS: wrong })).toThrowError(
      /OUTBOUND_ALLOWED_ORIGINS: .* is not an origin/,
    );
  }
  expect(() => parseEnv({ OUTBOUND_RATE_LIMIT_BACKUP: "-1" })).toThrowError(/OUTBOUND_RATE_LIMIT_BACKUP/);
  expect(() => parseEnv({ OUTBOUND_RATE_LIMIT_SENSITIVITY: "many" })).toThrowError(/OUTBOUND_RATE_LIMIT_SENSITIVITY/);
  expect(() => parseEnv({ OUTBOUND_TRUST_PROXY: "yes" })).toThrowError(/OUTBOUND_TRUST_PROXY/);
});
