"use client";

import { useLocale, useTranslations } from "next-intl";

import { ApiError } from "@/lib/contracts/api";
import { LANGUAGE_TAGS } from "@/lib/i18n/locales";

export type ShownError = { message: string; issues: { path: string; message: string }[] };

export type DataApi = {
  /** Headers that ask the API to answer in the page's language. */
  headers: Record<string, string>;
  /** The API's error answer as a message (and its issues) a person can act on. */
  errorOf: (response: Response) => Promise<ShownError>;
  networkError: ShownError;
};

/** The data page's calls to the API, with its errors in the page's language. */
export function useDataApi(): DataApi {
  const t = useTranslations("data.errors");
  const locale = useLocale();
  return {
    headers: { "accept-language": LANGUAGE_TAGS[locale] },
    errorOf: async (response) => {
      try {
        const parsed = ApiError.safeParse(await response.json());
        if (parsed.success) return { message: parsed.data.error.message, issues: parsed.data.error.issues ?? [] };
      } catch {
        // Not JSON (e.g. a proxy's error page): fall through to the status line.
      }
      return { message: t("status", { status: response.status, statusText: response.statusText }), issues: [] };
    },
    networkError: { message: t("network"), issues: [] },
  };
}
