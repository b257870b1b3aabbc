"use client";

// Calls to /api/v1/decisions from the browser, with the API's JSON errors as values: the caller
// shows `message` (and, on 409, says the input changed elsewhere) instead of catching. The request
// names the page's language, so the API's messages come back in it.

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";

import { LANGUAGE_TAGS } from "@/lib/i18n/locales";

export type DecisionApiFailure = {
  ok: false;
  status: number;
  code: string;
  message: string;
  /** On a 409: the version the record is at now. */
  currentVersion?: number;
  /** On a 400: what was wrong, and where. */
  issues?: { path: string; message: string }[];
};
export type DecisionApiResult<T> = { ok: true; status: number; data: T } | DecisionApiFailure;
export type DecisionApi = <T>(
  path: string,
  init?: { method?: string; body?: unknown },
) => Promise<DecisionApiResult<T>>;

/** The decisions API as the page's reader sees it: errors in the page's language. */
export function useDecisionApi(): DecisionApi {
  const t = useTranslations("decisions.api");
  const language = LANGUAGE_TAGS[useLocale() as keyof typeof LANGUAGE_TAGS];
  return useCallback(
    async function decisionApi<T>(
      path: string,
      init: { method?: string; body?: unknown } = {},
    ): Promise<DecisionApiResult<T>> {
      let response: Response;
      try {
        response = await fetch(`/api/v1/decisions${path}`, {
          method: init.method ?? "GET",
          cache: "no-store",
          headers: {
            "accept-language": language,
            ...(init.body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
      } catch {
        return { ok: false, status: 0, code: "network", message: t("network") };
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
        message: error?.message ?? t("status", { status: response.status }),
        ...(typeof error?.currentVersion === "number" ? { currentVersion: error.currentVersion } : {}),
        ...(Array.isArray(error?.issues) ? { issues: error.issues } : {}),
      };
    },
    [language, t],
  );
}
