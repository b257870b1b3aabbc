import "server-only";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";

import { RequestError } from "@/lib/http/errors";
import { PATH_HEADER } from "@/lib/http/guard";
import { redirect } from "@/lib/i18n/navigation";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

import { accessFromHeaders, type Access } from "./access";

// The access of a page (issue 13 §1): every page under app/[locale] calls pageAccess() on the
// server before it reads anything (tests/unit/server/page-access.test.ts holds every page to it).
// Without a valid session in team mode the person is sent to the sign-in page, which brings them
// back to where they were going (`next`, the path without its locale prefix, for the locale-aware
// router).

/** The path the browser asked for, as the proxy recorded it, without the locale prefix. */
export function nextPathOf(path: string | null): string {
  if (!path || !path.startsWith("/") || path.startsWith("//")) return "/";
  const [, first = "", ...rest] = path.split("/");
  return (LOCALES as readonly string[]).includes(first) ? `/${rest.join("/")}` : path;
}

export async function pageAccess(): Promise<Access> {
  const requestHeaders = await headers();
  try {
    return await accessFromHeaders(requestHeaders);
  } catch (error) {
    if (error instanceof RequestError && error.status === 401) {
      const locale = (await getLocale()) as Locale;
      const next = nextPathOf(requestHeaders.get(PATH_HEADER));
      redirect({ href: { pathname: "/sign-in", query: next === "/" ? {} : { next } }, locale });
    }
    throw error;
  }
}
