"use client";

// Calls to /api/v1 from the browser, with the API's JSON errors as values: the caller shows
// `message` (and, on 409, acts on `currentVersion`) instead of catching. The request names the
// page's language, so the API's messages come back in it. When there is no message from the API
// (status 0: the server was not reached; or an answer without one), the caller's `failure` says it.

import { useLocale } from "next-intl";
import { useCallback } from "react";

import { LANGUAGE_TAGS } from "@/lib/i18n/locales";

export type ApiFailure = {
  ok: false;
  status: number;
  code: string;
  message: string;
  /** On a 409: the version the record is at now. */
  currentVersion?: number;
  /** On a 400: what was wrong, and where. */
  issues?: { path: string; message: string }[];
};
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;
export type JsonApi = <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<ApiResult<T>>;

/**
 * One part of the API (`base`, e.g. "/api/v1/scenarios") as the page's reader sees it, with the
 * caller's `failure` message for a status without the API's own; `cache` is passed to fetch when given.
 */
export function useJsonApi(base: string, failure: (status: number) => string, cache?: RequestCache): JsonApi {
  const language = LANGUAGE_TAGS[useLocale() as keyof typeof LANGUAGE_TAGS];
  return useCallback(
    async function jsonApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method: init.method ?? "GET",
          ...(cache ? { cache } : {}),
          headers: {
            "accept-language": language,
            ...(init.body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
      } catch {
        return { ok: false, status: 0, code: "network", message: failure(0) };
      }
      const body = (await response.json().catch(() => null)) as
        | (T & { error?: undefined })
        | {
            error?: {
              code?: string;
              message?: string;
              currentVersion?: number;
              issues?: { path: string; message: string }[];
            };
          }
        | null;
      if (response.ok) return { ok: true, status: response.status, data: body as T };
      const error = body?.error;
      return {
        ok: false,
        status: response.status,
        code: error?.code ?? "error",
        message: error?.message ?? failure(response.status),
        ...(typeof error?.currentVersion === "number" ? { currentVersion: error.currentVersion } : {}),
        ...(Array.isArray(error?.issues) ? { issues: error.issues } : {}),
      };
    },
    [base, cache, failure, language],
  );
}
