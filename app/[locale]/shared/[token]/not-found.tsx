import { getTranslations } from "next-intl/server";
import { connection } from "next/server";

// The one answer for a share link that does not open a report: expired, revoked or never made
// look the same, so the page does not tell which tokens exist.
export default async function SharedLinkNotFound() {
  await connection();
  const t = await getTranslations("share.invalid");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
    </div>
  );
}
