import { expect, test, vi } from "vitest";

import { GET } from "@/app/api/v1/openapi.json/route";

// Who may read the document is the access matrix's business (tests/integration/access-matrix.test.ts);
// here, without a database, the caller is let through.
vi.mock("@/lib/server/access", () => ({ requireMember: async () => undefined }));

test("GET /api/v1/openapi.json answers 200 with the OpenAPI 3.1 document as JSON", async () => {
  const response = await GET(new Request("http://localhost/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(body.openapi).toMatch(/^3\.1\.\d+$/);
  // The document describes itself, and the route it is served at is the one this test called.
  expect(Object.keys(body.paths["/api/v1/openapi.json"] ?? {})).toEqual(["get"]);
  expect(Object.keys(body.paths).length).toBeGreaterThanOrEqual(20);
});
