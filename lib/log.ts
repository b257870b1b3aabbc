import pino, { type DestinationStream, type Logger } from "pino";

import { LOG_LEVELS } from "@/lib/env";

// Structured JSON logs, one line per event (pino). What never goes in: request or response bodies,
// headers, client addresses, query strings, and secrets. The one secret the process knows, the
// password in DATABASE_URL, is cut out of every line as it is written, so a driver error that
// quotes the connection string cannot leak it.

export type LogLevel = (typeof LOG_LEVELS)[number];

/** Every spelling of the DATABASE_URL password a log line could carry (raw, decoded, JSON-escaped). */
export function secretsOf(databaseUrl: string | undefined): string[] {
  if (!databaseUrl) return [];
  let password: string;
  try {
    password = new URL(databaseUrl.trim()).password;
  } catch {
    return [];
  }
  if (!password) return [];
  const decoded = safeDecode(password);
  const spellings = new Set([password, decoded, JSON.stringify(decoded).slice(1, -1), encodeURIComponent(decoded)]);
  // Longest first, so a spelling that contains another is cut whole.
  return [...spellings].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type LoggerOptions = { level?: LogLevel; databaseUrl?: string; destination?: DestinationStream };

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = secretsOf(options.databaseUrl);
  return pino(
    {
      level: options.level ?? "info",
      base: { app: "outbound" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err },
      hooks: {
        streamWrite:
          secrets.length === 0 ? undefined : (line) => secrets.reduce((out, s) => out.split(s).join("***"), line),
      },
    },
    options.destination ?? defaultDestination(),
  );
}

/**
 * Standard output; under Vitest, errors go to console.error instead (and the rest nowhere), so
 * that the tests' rule "an unexpected console.error fails the test" still catches unexpected 500s.
 */
function defaultDestination(): DestinationStream {
  // Asynchronous (sonic-boom coalesces writes): a synchronous write per request stalls the server
  // whenever whatever reads standard output falls behind (measured: half the throughput of
  // /api/v1/markets under load). pino flushes what is buffered when the process exits.
  if (!process.env.VITEST) return pino.destination({ dest: 1, sync: false });
  return {
    write: (line: string) => {
      const { level } = JSON.parse(line) as { level: string };
      if (level === "error" || level === "fatal") console.error(line.trimEnd());
    },
  };
}

const globalForLog = globalThis as unknown as { outboundLogger?: Logger };

/**
 * The process's logger, configured from LOG_LEVEL and DATABASE_URL. Kept on globalThis so the
 * start script and the Next.js server bundle (one process) share it.
 */
export function logger(): Logger {
  if (!globalForLog.outboundLogger) {
    const level = process.env.LOG_LEVEL?.trim().toLowerCase() || undefined;
    globalForLog.outboundLogger = createLogger({
      level: LOG_LEVELS.includes(level as LogLevel) ? (level as LogLevel) : "info",
      databaseUrl: process.env.DATABASE_URL,
    });
  }
  return globalForLog.outboundLogger;
}
