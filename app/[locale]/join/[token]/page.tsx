import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";

import { JoinForm } from "@/components/account/join-form";
import { InvalidLinkPage, LinkPage } from "@/components/account/link-page";
import { LinkToken } from "@/lib/contracts/people";
import { previewInvitation, signedInPerson } from "@/lib/server/people";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.meta");
  return { title: t("join") };
}

type Props = { params: Promise<{ token: string }> };

export default async function JoinPage({ params }: Props) {
  const t = await getTranslations("account.join");
  const parsed = LinkToken.safeParse((await params).token);
  const invitation = parsed.success ? await previewInvitation(parsed.data) : undefined;
  if (!parsed.success || !invitation) {
    return <InvalidLinkPage title={t("invalidTitle")} body={t("invalidBody")} />;
  }
  const person = await signedInPerson(await headers());
  return (
    <LinkPage title={t("title", { workspace: invitation.workspaceName })} lead={t("lead", { role: invitation.role })}>
      <JoinForm token={parsed.data} email={invitation.email} signedInAs={person ? person.name || person.email : null} />
    </LinkPage>
  );
}
