import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";

import { afterEach, expect, test } from "vitest";

import { errorResponse } from "@/lib/http/route";
import { REQUEST_ID_HEADER, requestId, withRequestLog } from "@/lib/http/log";
import { createLogger, secretsOf } from "@/lib/log";

// Request logs: one JSON line per request with id, method, route, status and duration, never the
// body; errors carry their stack and the request id; the DATABASE_URL password never appears.

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

function memoryLogger(databaseUrl?: string) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      callback();
    },
  });
  return { log: createLogger({ destination, databaseUrl, level: "debug" }), lines };
}

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => unknown, log = memoryLogger()) {
  const server = createServer(withRequestLog(handler, log.log));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  closers.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines: log.lines };
}

/** The request line once it is written (the response can reach the client a moment before). */
async function requestLine(lines: string[]) {
  for (let i = 0; i < 50 && !lines.some((l) => JSON.parse(l).msg === "request"); i++)
    await new Promise((r) => setTimeout(r, 10));
  return JSON.parse(lines.find((l) => JSON.parse(l).msg === "request")!);
}

test("a request is logged once with id, method, route, status and duration, and never its body", async () => {
  const { url, lines } = await serve(async (request, response) => {
    await new Promise((resolve) => request.resume().on("end", resolve)); // reads the body, as Next.js would
    response.statusCode = 201;
    response.setHeader("content-type", "application/json");
    response.end('{"answer":"confidential-result"}');
  });
  const response = await fetch(`${url}/api/v1/scenarios/3f2b8c1e-9d4a-4e7b-8c2f-1a2b3c4d5e6f?token=query-secret`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie: "session=cookie-secret" },
    body: JSON.stringify({ name: "Board pick", notes: "salary of Jane Doe" }),
  });
  expect(response.status).toBe(201);
  const id = response.headers.get(REQUEST_ID_HEADER);
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const line = await requestLine(lines);
  expect(line).toMatchObject({
    level: "info",
    requestId: id,
    method: "PUT",
    route: "/api/v1/scenarios/{id}",
    status: 201,
  });
  expect(typeof line.durationMs).toBe("number");
  expect(line.durationMs).toBeGreaterThanOrEqual(0);
  expect(typeof line.time).toBe("string");
  expect(lines).toHaveLength(1);
  for (const secret of [
    "Board pick",
    "Jane Doe",
    "confidential-result",
    "query-secret",
    "cookie-secret",
    "127.0.0.1",
  ]) {
    expect(lines.join("\n")).not.toContain(secret);
  }
});

test("a sane incoming X-Request-Id is kept and echoed; anything else is replaced", async () => {
  const { url } = await serve((request, response) => {
    response.end(JSON.stringify({ seen: request.headers[REQUEST_ID_HEADER], inContext: requestId() }));
  });
  const kept = await fetch(url, { headers: { [REQUEST_ID_HEADER]: "proxy-7f3a.42:x" } });
  expect(kept.headers.get(REQUEST_ID_HEADER)).toBe("proxy-7f3a.42:x");
  expect(await kept.json()).toEqual({ seen: "proxy-7f3a.42:x", inContext: "proxy-7f3a.42:x" });
  for (const insane of ["two words", "x".repeat(129), "<script>", "a\tb"]) {
    const replaced = await fetch(url, { headers: { [REQUEST_ID_HEADER]: insane } });
    const echoed = replaced.headers.get(REQUEST_ID_HEADER);
    expect(echoed, insane).not.toBe(insane);
    expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
  }
});

test("an unexpected error becomes a 500 and one error line with its stack and the request id", async () => {
  const log = memoryLogger();
  const previous = (globalThis as { outboundLogger?: unknown }).outboundLogger;
  (globalThis as { outboundLogger?: unknown }).outboundLogger = log.log;
  closers.push(() => ((globalThis as { outboundLogger?: unknown }).outboundLogger = previous));
  const { url, lines } = await serve(async (_request, response) => {
    const answer = errorResponse(new Error("disk on fire"));
    response.statusCode = answer.status;
    response.end(await answer.text());
  }, log);
  const response = await fetch(url);
  expect(response.status).toBe(500);
  expect((await response.json()).error.code).toBe("internal_error");
  const id = response.headers.get(REQUEST_ID_HEADER);
  const errorLine = JSON.parse(lines.find((l) => JSON.parse(l).msg === "unexpected error")!);
  expect(errorLine).toMatchObject({ level: "error", requestId: id, err: { type: "Error", message: "disk on fire" } });
  expect(errorLine.err.stack).toContain("log.test.ts");
  const requestLines = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request failed");
  expect(requestLines).toMatchObject([{ level: "error", status: 500, requestId: id }]);
});

test("the password in DATABASE_URL never appears, however a message spells it", () => {
  const url = "postgresql://outbound:p%40ss%22w0rd@db.internal:5432/outbound";
  const { log, lines } = memoryLogger(url);
  const error = new Error(`connect ECONNREFUSED for ${url} (password p@ss"w0rd)`);
  log.error({ err: error, target: url, nested: { decoded: 'p@ss"w0rd' } }, `cannot reach ${url}`);
  const output = lines.join("\n");
  expect(output).toContain("db.internal:5432");
  for (const spelling of ["p%40ss%22w0rd", 'p@ss\\"w0rd', "p@ss"]) expect(output).not.toContain(spelling);
  expect(JSON.parse(lines[0]!).msg).toBe("cannot reach postgresql://outbound:***@db.internal:5432/outbound");
  expect(secretsOf("postgresql://outbound@db.internal/outbound")).toEqual([]);
  expect(secretsOf(undefined)).toEqual([]);
});
