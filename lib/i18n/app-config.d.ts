import type { Locale } from "./locales";
import type { Messages } from "./messages";

// next-intl's type registration: t("…") with a key the English catalogue lacks is a type error,
// and useLocale() returns one of our three locales.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
