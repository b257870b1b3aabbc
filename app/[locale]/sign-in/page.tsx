import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { sameSitePath } from "@/components/account/api";
import { SignInForm } from "@/components/account/sign-in-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { oidcConfig, parseEnv } from "@/lib/env";
import { firstParam } from "@/lib/workspace/view-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.meta");
  return { title: t("signIn") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const t = await getTranslations("account.signIn");
  const query = await searchParams;
  // Only a path on this site: an address elsewhere would make the sign-in page an open redirect.
  const next = sameSitePath(firstParam(query.next)) ?? null;
  const sso = oidcConfig(parseEnv())?.name ?? null;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card className="max-w-md">
        {firstParam(query.error) === "sso" ? (
          <p role="alert" className="mb-4 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {t("ssoFailed")}
          </p>
        ) : null}
        <SignInForm next={next} sso={sso} />
      </Card>
    </>
  );
}
