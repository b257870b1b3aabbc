import "server-only";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";

import { RequestError } from "@/lib/http/errors";
import { PATH_HEADER, nextPathOf } from "@/lib/http/next-path";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

import { accessFromHeaders, type Access } from "./access";

// The access of a page (issue 13 §1): every page under app/[locale] calls pageAccess() on the
// server before it reads anything (tests/unit/server/page-access.test.ts holds every page to it).
// Without a valid session in team mode the person is sent to the sign-in page, which brings them
// back to where they were going (`next`, the path without its locale prefix, for the locale-aware
// router).

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
