import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";

import { messagesFor } from "./messages";
import { routing } from "./routing";

// next-intl's per-request configuration (wired in next.config.ts): the locale comes from the
// [locale] segment the proxy routed to; anything else falls back to English.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
