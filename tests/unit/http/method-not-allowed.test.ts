import path from "node:path";

import { describe, expect, it } from "vitest";

import { HTTP_METHODS } from "@/lib/http/methods";

import { routeHandlers } from "../openapi/routes-on-disk";

// Next.js answers a method a route does not export with a bare 405 (no body, no Allow header).
// Every API route exports the other methods as JSON 405s; the Allow header must list exactly the
// handlers the file defines, read from its source, independently of what the route passes in.

const ROOT = path.resolve(import.meta.dirname, "../../..");
const byFile = new Map<string, Set<string>>();
for (const handler of routeHandlers(ROOT)) {
  if (handler.file.includes("[...path]")) continue; // the JSON 404 for unknown paths takes every method
  byFile.set(handler.file, (byFile.get(handler.file) ?? new Set()).add(handler.method));
}

describe("methods a route does not handle", () => {
  it("covers every API route file", () => {
    expect(byFile.size).toBeGreaterThanOrEqual(20);
  });

  for (const [file, real] of byFile) {
    it(`${file}: every other method answers 405 with a JSON error and Allow: ${[...real].join(", ")}`, async () => {
      const route = (await import(`@/${file}`)) as Record<string, unknown>;
      const others = HTTP_METHODS.filter((method) => !real.has(method));
      expect(others.length).toBeGreaterThan(0);
      const expectedAllow = [
        ...HTTP_METHODS.filter((m) => real.has(m)),
        ...(real.has("GET") ? ["HEAD"] : []),
        "OPTIONS",
      ];
      for (const method of others) {
        const handler = route[method];
        expect(typeof handler, `${method} is exported`).toBe("function");
        const url = `http://127.0.0.1/${file.replace(/^app\//, "").replace(/\/route\.ts$/, "")}`;
        const response = (await (handler as (request: Request) => Promise<Response> | Response)(
          new Request(url, { method }),
        )) as Response;
        expect(response.status, method).toBe(405);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(response.headers.get("allow")?.split(", ").sort()).toEqual(expectedAllow.sort());
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("method_not_allowed");
        expect(body.error.message).toContain(method);
      }
    }, 60_000);
  }
});
