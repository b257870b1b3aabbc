import { expect } from "vitest";
import type { z } from "zod";

import { componentSchema } from "@/lib/openapi/components";
import { openApiDocument } from "@/lib/openapi/document";

// The document against the running handlers, on a real database: each answer's status is one the
// document lists for that operation, its content type one it names, its documented headers are
// there, and a JSON body parses with the contract the document points to. A wrong $ref, a missing
// error status or a media type that drifted fails here. Every answer checked is remembered, so the
// test file that imports this module can check at its end that every documented operation was.

export type Json = Record<string, unknown>;
type Documented = { headers?: Json; content?: Record<string, { schema?: Json }> };

const doc = openApiDocument();
const paths = doc.paths as Record<string, Record<string, { responses: Record<string, Documented> }>>;
const seen = new Set<string>();

function contractsOf(schema: Json | undefined): z.ZodType[] {
  const refName = (node: unknown) => /^#\/components\/schemas\/(\w+)$/.exec(String((node as Json).$ref))?.[1];
  const names = schema?.$ref ? [refName(schema)] : ((schema?.anyOf ?? schema?.oneOf ?? []) as Json[]).map(refName);
  return names.map((name) => (name ? componentSchema(name) : undefined)).filter((s): s is z.ZodType => s !== undefined);
}

/** Checks one answer against the document and returns its body (parsed JSON, or the bytes). */
export async function conforms(method: string, template: string, response: Response): Promise<unknown> {
  const where = `${method} ${template} → ${response.status}`;
  const operation = paths[template]?.[method.toLowerCase()];
  expect(operation, `${method} ${template} is not in the document`).toBeDefined();
  const documented = operation!.responses[String(response.status)];
  expect(documented, `${where}: the document does not list this status`).toBeDefined();
  seen.add(`${method} ${template} ${response.status}`);

  for (const header of Object.keys(documented!.headers ?? {})) {
    expect(response.headers.get(header), `${where}: documented header ${header} is missing`).not.toBeNull();
  }
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = Object.entries(documented!.content ?? {}).find(([key]) => key.split(";")[0]!.trim() === type);
  expect(
    media,
    `${where}: content type ${type} is not the documented ${Object.keys(documented!.content ?? {}).join(", ")}`,
  ).toBeDefined();
  if (type === "text/event-stream") {
    // A stream does not end: its first event shows it answers, then the reader lets it go.
    const reader = response.body!.getReader();
    const first = await reader.read();
    await reader.cancel();
    expect(first.value?.byteLength ?? 0, `${where}: no first event`).toBeGreaterThan(0);
    return first.value;
  }
  if (type !== "application/json") {
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength, `${where}: empty body`).toBeGreaterThan(0);
    return bytes;
  }
  const body: unknown = await response.json();
  const contracts = contractsOf(media![1].schema);
  expect(contracts.length, `${where}: the documented schema is not a named contract`).toBeGreaterThan(0);
  const results = contracts.map((contract) => contract.safeParse(body));
  const issues = results.flatMap((r) =>
    r.success ? [] : r.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`),
  );
  expect(
    results.some((r) => r.success),
    `${where}: the body does not match the documented schema: ${issues.join("; ")}`,
  ).toBe(true);
  return body;
}

export const url = (path: string) => `http://localhost${path}`;
export const get = (path: string) => new Request(url(path));
export const send = (method: string, path: string, body?: unknown, type = "application/json") =>
  new Request(url(path), {
    method,
    headers: { "content-type": type },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
export const upload = (path: string, file: Uint8Array, fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.set("file", new Blob([file as Uint8Array<ArrayBuffer>], { type: "text/csv" }), "own-data.csv");
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return new Request(url(path), { method: "POST", body: form });
};
export const params = <T extends Record<string, string>>(values: T) => ({ params: Promise.resolve(values) });

/** The documented operations no answer checked so far exercised ("METHOD /path"). */
export function unexercisedOperations(): string[] {
  const operations = Object.entries(paths).flatMap(([p, item]) =>
    Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`),
  );
  const exercised = new Set([...seen].map((s) => s.split(" ").slice(0, 2).join(" ")));
  return operations.filter((op) => !exercised.has(op));
}
