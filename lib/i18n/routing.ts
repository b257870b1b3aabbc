import { defineRouting } from "next-intl/routing";

import { DEFAULT_LOCALE, LOCALES } from "./locales";

// Every page address carries its locale (/en/…, /zh/…, /ru/…), so a shared link opens in the
// language it was made in. A bare address (/, /weights?…) is sent on to the reader's locale: the
// cookie of an earlier choice first, then Accept-Language, then English.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // Remembered for a year; Lax so that a link followed from elsewhere keeps the choice.
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  alternateLinks: false,
});
