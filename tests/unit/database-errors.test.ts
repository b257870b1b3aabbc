import { expect, test } from "vitest";

import { isDatabaseUnavailable } from "@/lib/db/errors";

// Which failures mean "the database server is down or restarting" (HTTP 503, retry later) and
// which are bugs or bad requests that must not hide behind a 503.

const prismaError = (code: string, adapterCause?: Record<string, unknown>) =>
  Object.assign(new Error(`prisma ${code}`), {
    code,
    ...(adapterCause ? { meta: { driverAdapterError: { cause: adapterCause } } } : {}),
  });

test("a server that cannot be reached, closed the connection or is shutting down is unavailable", () => {
  for (const error of [
    prismaError("P1001"),
    prismaError("P1017"),
    prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }),
    prismaError("P2010", { kind: "ConnectionClosed" }),
    prismaError("P2010", { kind: "postgres", code: "57P01" }), // admin shutdown (a restart)
    prismaError("P2010", { kind: "postgres", code: "08006" }), // connection failure
    Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    new Error("Connection terminated unexpectedly"),
    new Error("timeout exceeded when trying to connect"),
    new Error("wrapped", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) }),
  ]) {
    expect(isDatabaseUnavailable(error), error.message).toBe(true);
  }
});

test("constraint violations, bad SQL, programming errors and non-errors are not", () => {
  for (const error of [
    prismaError("P2002"),
    prismaError("P2010", { kind: "UniqueConstraintViolation" }),
    prismaError("P2010", { kind: "postgres", code: "22021" }), // invalid byte sequence (a NUL)
    prismaError("P2010", { kind: "postgres", code: "42P01" }), // undefined table
    new TypeError("Cannot read properties of undefined"),
    new Error("The connection string is wrong"),
    "ECONNREFUSED",
    null,
    undefined,
  ]) {
    expect(isDatabaseUnavailable(error), String(error)).toBe(false);
  }
});
