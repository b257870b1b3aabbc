import type { z } from "zod";

import { AdminCreateAnswer, AdminCreateBody, AdminResetBody, IssuedLink } from "@/lib/contracts/people";
import { parseEnv, publicOrigin } from "@/lib/env";
import { RequestError } from "@/lib/http/errors";
import { ADMIN_TOKEN_HEADER, adminCreate, adminResetLink, writeAdminToken } from "@/lib/server/admin";
import { appHoldingDatabase } from "@/lib/server/database";
import { DatabaseSetupError, messageOf } from "@/lib/server/errors";

import type { CliIo } from "./cli";

// `npm run -s outbound -- admin create | reset-link` (issue 13 §1): the administrator's way to make
// the first owner (from then on the app asks everyone to sign in) and to hand someone a
// set-password link without an email server.

export const ADMIN_USAGE = `  admin create --email <e> --name <n> [--workspace <name>] [--role owner|editor|viewer] [--password-stdin]
                        make an account a member of a workspace (the first one: the owner of the
                        default workspace, and from then on everyone signs in); without
                        --password-stdin, prints a one-time set-password link valid 24 h
  admin reset-link --email <e>
                        print a one-time set-password link for an account, valid 24 h
`;

const FLAGS = new Set(["--email", "--name", "--workspace", "--role"]);

/** `--flag value` pairs and bare switches; anything else is a usage error. */
function parseFlags(args: string[], switches: Set<string>): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (switches.has(arg)) out[arg.slice(2)] = true;
    else if (FLAGS.has(arg) && args[i + 1] !== undefined && !args[i + 1]!.startsWith("--")) {
      out[arg.slice(2)] = args[i + 1]!;
      i += 1;
    } else throw usage(`Unexpected argument "${arg}".`);
  }
  return out;
}

function usage(message: string): RequestError {
  return new RequestError(400, "invalid_arguments", message);
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: `--${issue.path.join(".")}`, message: issue.message }));
  throw new RequestError(400, "invalid_arguments", "The arguments are invalid.", issues);
}

/** Runs `admin …`; returns the exit code (2 for bad arguments, thrown as RequestError 400). */
export async function runAdmin(args: string[], io: CliIo, readStdin: () => Promise<string>): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "create") {
    const flags = parseFlags(rest, new Set(["--password-stdin"]));
    let password: string | undefined;
    if (flags["password-stdin"] === true) {
      // One trailing newline (echo, a here-string) is not part of the password.
      password = (await readStdin()).replace(/\r?\n$/, "");
      if (!password) throw usage("--password-stdin: standard input held no password.");
    }
    const body = parse(AdminCreateBody, {
      email: flags.email,
      name: flags.name,
      workspace: flags.workspace,
      role: flags.role,
      password,
    });
    const appUrl = appHoldingDatabase();
    const answer = AdminCreateAnswer.parse(
      await viaAppOr(appUrl, "/api/admin/accounts", body, () => adminCreate(body)),
    );
    io.stdout(
      `${answer.created ? "Created the account" : "Updated the account"} ${answer.email}: ${answer.role} of "${answer.workspaceName}".\n`,
    );
    if (answer.setPasswordLink) io.stdout(linkLines("Set-password link", answer.setPasswordLink, appUrl));
    return 0;
  }
  if (sub === "reset-link") {
    const flags = parseFlags(rest, new Set());
    const body = parse(AdminResetBody, { email: flags.email });
    const appUrl = appHoldingDatabase();
    const link = IssuedLink.parse(
      await viaAppOr(appUrl, "/api/admin/reset-links", body, () => adminResetLink(body.email)),
    );
    io.stdout(linkLines(`Set-password link for ${body.email}`, link, appUrl));
    return 0;
  }
  throw usage(`Unknown admin command "${sub ?? ""}": use admin create or admin reset-link.`);
}

/** The link under the address people open: OUTBOUND_PUBLIC_URL, else the running app's, else the default one. */
function linkLines(label: string, link: IssuedLink, appUrl: string | undefined): string {
  const env = parseEnv();
  const origin = publicOrigin(env) ?? appUrl ?? `http://127.0.0.1:${env.PORT}`;
  return `${label} (works once, until ${link.expiresAt}):\n${new URL(link.path, origin).toString()}\n`;
}

/**
 * The embedded database has one owner process: while the app holds it, ask the app (loopback, with
 * a token in a file only this user reads); otherwise do the work here.
 */
async function viaAppOr(
  appUrl: string | undefined,
  apiPath: string,
  body: unknown,
  local: () => Promise<unknown>,
): Promise<unknown> {
  if (!appUrl) return local();
  const token = writeAdminToken();
  let response: Response;
  try {
    response = await fetch(new URL(apiPath, appUrl), {
      method: "POST",
      headers: { "content-type": "application/json", [ADMIN_TOKEN_HEADER]: token },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new DatabaseSetupError(`The app at ${appUrl} holds the database but did not answer (${messageOf(error)}).`);
  }
  const json = (await response.json()) as {
    error?: { code?: string; message?: string; issues?: { path: string; message: string }[] };
  };
  if (response.ok) return json;
  if (response.status === 400 || response.status === 404) {
    throw new RequestError(
      response.status,
      json.error?.code ?? "invalid_request",
      json.error?.message ?? "invalid request",
      json.error?.issues,
    );
  }
  throw new Error(json.error?.message ?? `The app answered ${response.status}.`);
}
