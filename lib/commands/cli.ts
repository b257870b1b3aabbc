import { readFile } from "node:fs/promises";

import type { EntryModeResponse } from "@/lib/contracts/fit";
import { EnvError } from "@/lib/env";
import { RequestError } from "@/lib/http/errors";
import { appHoldingDatabase, closeAppDatabase } from "@/lib/server/database";
import { DatabaseSetupError, messageOf } from "@/lib/server/errors";
import { answerEntryModes } from "@/lib/server/fit";
import { marketsWithLatestValues } from "@/lib/server/markets";

import { ADMIN_USAGE, runAdmin } from "./admin";
import { entryModesCommand, pureCommands, type PureCommand } from "./engine-commands";

export type CliIo = {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

const USAGE = `Usage: npm run -s outbound -- <command> [file|-]
  score <file|->        rank alternatives (same JSON as POST /api/v1/score)
  ahp <file|->          weights from pairwise comparisons (POST /api/v1/ahp)
  sensitivity <file|->  robustness of a ranking (POST /api/v1/sensitivity)
  entry-modes <file|->  entry-mode and strategy fit (POST /api/v1/entry-modes)
  markets               the stored markets with their latest indicator values
${ADMIN_USAGE}`;

/** Runs one CLI invocation; returns the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, input] = args;
  try {
    if (command === "admin") return await runAdmin(args.slice(1), io, () => readAll(io.stdin));
    if (command === "markets") {
      io.stdout(
        `${JSON.stringify(await withDatabase("/api/v1/markets?values=latest", "GET", undefined, marketsWithLatestValues), null, 2)}\n`,
      );
      return 0;
    }
    if (command === undefined || command === "help" || command === "--help" || !input) {
      (command === undefined || command.startsWith("-") || command === "help" ? io.stdout : io.stderr)(USAGE);
      return command === undefined || command === "help" || command === "--help" ? 0 : 2;
    }
    const text = input === "-" ? await readAll(io.stdin) : await readInput(input);
    let output: unknown;
    if (command in pureCommands) output = pureCommands[command as PureCommand](text);
    else if (command === "entry-modes") output = await entryModes(text);
    else {
      io.stderr(`Unknown command "${command}".\n${USAGE}`);
      return 2;
    }
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof RequestError) {
      const body = {
        error: {
          code: error.code,
          message: error.message,
          ...(error.issues ? { issues: error.issues } : {}),
          ...(error.limit ? { limit: error.limit } : {}),
        },
      };
      io.stderr(`${JSON.stringify(body, null, 2)}\n`);
      return 2;
    }
    // Known faults carry a message written for the user; anything else is shown without a stack.
    io.stderr(
      `${error instanceof EnvError || error instanceof DatabaseSetupError ? "" : "Unexpected error: "}${messageOf(error)}\n`,
    );
    return 1;
  } finally {
    await closeAppDatabase();
  }
}

async function entryModes(text: string): Promise<EntryModeResponse> {
  // Parsed first, so bad input gets exit 2 whether or not the database is reachable; the effects
  // table always comes from the database, even for an inline market profile.
  return entryModesCommand(text, (request) =>
    withDatabase("/api/v1/entry-modes", "POST", text, () => answerEntryModes(request)),
  );
}

/**
 * Runs a database read. The embedded database has one owner process at a time: when the app holds
 * it, the CLI asks the app over HTTP; otherwise the read opens the database itself.
 */
async function withDatabase<T>(
  apiPath: string,
  method: "GET" | "POST",
  body: string | undefined,
  read: () => Promise<T>,
): Promise<T> {
  const appUrl = appHoldingDatabase();
  return appUrl ? viaApp<T>(appUrl, apiPath, method, body) : read();
}

async function viaApp<T>(
  baseUrl: string,
  apiPath: string,
  method: "GET" | "POST",
  body: string | undefined,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(apiPath, baseUrl), {
      method,
      body,
      headers: body ? { "content-type": "application/json" } : {},
    });
  } catch (error) {
    throw new DatabaseSetupError(`The app at ${baseUrl} holds the database but did not answer (${messageOf(error)}).`);
  }
  const json = await response.json();
  if (response.ok) return json as T;
  const error = (json as { error?: { code?: string; message?: string; issues?: { path: string; message: string }[] } })
    .error;
  if (response.status === 400 || response.status === 404 || response.status === 413) {
    throw new RequestError(
      response.status,
      error?.code ?? "invalid_request",
      error?.message ?? "invalid request",
      error?.issues,
    );
  }
  throw new Error(error?.message ?? `The app answered ${response.status}.`);
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new RequestError(400, "unreadable_input", `Cannot read ${file}: ${messageOf(error)}`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
