// The account pages' calls to the API: JSON in, and the answer's status and error code out, so
// each form words the outcome from its own catalogue (the API's own messages follow the browser's
// Accept-Language, which may differ from the page's locale).

export type ApiOutcome<T> = { ok: true; body: T } | { ok: false; status: number; code: string; retryAfter?: number };

export async function callApi<T>(method: string, path: string, body?: unknown): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, code: "network" };
  }
  const json = (await response.json().catch(() => ({}))) as { error?: { code?: string }; code?: string };
  if (response.ok) return { ok: true, body: json as T };
  const retry = Number(response.headers.get("x-retry-after") ?? response.headers.get("retry-after"));
  return {
    ok: false,
    status: response.status,
    code: json.error?.code ?? json.code ?? String(response.status),
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  };
}

/** A return path only when it stays on this site: one leading slash, no scheme, no second slash or backslash. */
export function sameSitePath(next: string | undefined | null): string | undefined {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return undefined;
  return /[\u0000-\u001f]/.test(next) ? undefined : next;
}
