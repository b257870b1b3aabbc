import { getTranslations } from "next-intl/server";
import { connection } from "next/server";

import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  // Rendered per request, like every page: a prerendered copy would carry no CSP nonce, and its
  // inline scripts would be blocked (lib/http/security-headers.ts).
  await connection();
  const t = await getTranslations("common.notFound");
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <p className="mt-4">
        <Link href="/markets" className="text-brand-700 hover:underline">
          {t("allMarkets")}
        </Link>
      </p>
    </div>
  );
}
