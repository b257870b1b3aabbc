import "server-only";

import { RateLimiterRes, type RateLimiterPrisma } from "rate-limiter-flexible";

import { getPrisma } from "@/lib/db/client";
import { signInAttemptsPerAccount } from "@/lib/db/sign-in-budget";
import { parseEnv, type Env } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/log";
import { clientKey } from "@/lib/http/rate-limit";

import { CLIENT_ADDRESS_HEADER, getAuth } from "./auth";

// What /api/auth/* runs (app/api/auth/[...all]/route.ts) around better-auth's own handler:
// - the client's address, for better-auth's per-address sign-in limit, is the one a trusted proxy
//   reported (OUTBOUND_TRUST_PROXY, last X-Forwarded-For entry), else the connection's (never a
//   client's own X-Forwarded-For, which it can write at will);
// - sign-in attempts per account (lib/db/sign-in-budget.ts), refused with the very answer the
//   per-address limit gives, so neither limit tells a registered email from an unknown one;
// - behind a trusted proxy that says X-Forwarded-Proto: https, session cookies are marked Secure.

const SIGN_IN_PATH = /\/sign-in\/email\/?$/;

let perAccount: RateLimiterPrisma | undefined;
async function accountLimiter(): Promise<RateLimiterPrisma> {
  perAccount ??= signInAttemptsPerAccount(await getPrisma());
  return perAccount;
}

/** For tests that reopen the database. */
export function forgetAccountLimiter(): void {
  perAccount = undefined;
}

export async function handleAuthRequest(request: Request): Promise<Response> {
  const env = parseEnv();
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.text();
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(request, env);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  const forwarded = new Request(request.url, { method: request.method, headers, body });

  const account =
    request.method === "POST" && SIGN_IN_PATH.test(new URL(request.url).pathname) ? emailIn(body) : undefined;
  if (account) {
    try {
      await (await accountLimiter()).consume(account);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return tooManyRequests(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
  }
  const auth = await getAuth();
  const response = await auth.handler(forwarded);
  if (account && response.ok) await (await accountLimiter()).delete(account);
  return securedCookies(request, env, response);
}

/**
 * Behind a trusted proxy, the address it appended to X-Forwarded-For; otherwise the connection's own
 * address, which the app's server (scripts/serve.ts) writes on every request. Under `next dev` there
 * is neither, and every client shares one budget.
 */
function clientAddress(request: Request, env: Env): string | undefined {
  if (env.OUTBOUND_TRUST_PROXY) {
    const address = clientKey(request, true);
    return address === "direct" ? undefined : address;
  }
  return request.headers.get(SOCKET_ADDRESS_HEADER)?.replace(/^::ffff:/, "") || undefined;
}

function emailIn(body: string | undefined): string | undefined {
  try {
    const email = (JSON.parse(body ?? "") as { email?: unknown }).email;
    return typeof email === "string" && email.trim() ? email.trim().toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** better-auth's own 429 (api/rate-limiter), word for word. */
function tooManyRequests(retryAfterSeconds: number): Response {
  return new Response(JSON.stringify({ message: "Too many requests. Please try again later." }), {
    status: 429,
    statusText: "Too Many Requests",
    headers: { "Content-Type": "application/json", "X-Retry-After": String(retryAfterSeconds) },
  });
}

/** Whether the browser reached the app over HTTPS, as far as this request can tell. */
export function overHttps(request: Request, env: Env): boolean {
  if (env.OUTBOUND_TRUST_PROXY) {
    const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
    if (proto === "https") return true;
  }
  return new URL(request.url).protocol === "https:";
}

function securedCookies(request: Request, env: Env, response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 0 || !overHttps(request, env)) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies)
    headers.append("set-cookie", /;\s*secure(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
