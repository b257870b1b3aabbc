import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InvalidLinkPage, LinkPage } from "@/components/account/link-page";
import { ResetForm } from "@/components/account/reset-form";
import { LinkToken } from "@/lib/contracts/people";
import { previewResetLink } from "@/lib/server/people";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.meta");
  return { title: t("reset") };
}

type Props = { params: Promise<{ token: string }> };

export default async function ResetPage({ params }: Props) {
  const t = await getTranslations("account.reset");
  const parsed = LinkToken.safeParse((await params).token);
  const person = parsed.success ? await previewResetLink(parsed.data) : undefined;
  if (!parsed.success || !person) {
    return <InvalidLinkPage title={t("invalidTitle")} body={t("invalidBody")} />;
  }
  return (
    <LinkPage title={t("title")} lead={t("lead", { name: person.name, email: person.email })}>
      <ResetForm token={parsed.data} />
    </LinkPage>
  );
}
