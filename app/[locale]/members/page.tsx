import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { MembersManager } from "@/components/account/members-manager";
import { Card, PageHeader } from "@/components/ui/page-header";
import { pageAccess } from "@/lib/server/page-access";
import { membersOf } from "@/lib/server/people";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.meta");
  return { title: t("members") };
}

export default async function MembersPage() {
  const t = await getTranslations("account.members");
  // Without a session in team mode: to sign-in, and back here afterwards.
  const access = await pageAccess();
  const data = await membersOf(access);
  if (data.mode === "solo") {
    return (
      <>
        <PageHeader title={t("title")} lead={t("soloLead")} />
        <Card>
          <p className="text-sm text-slate-800">{t("soloHow")}</p>
          <pre className="mt-3 overflow-x-auto rounded bg-slate-100 p-3 text-xs">
            npm run -s outbound -- admin create --email you@example.com --name &quot;Your name&quot;
          </pre>
        </Card>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { workspace: data.workspace.name })} />
      <Card>
        <MembersManager
          members={data.members}
          invitations={data.invitations}
          canManage={data.canManage}
          selfId={access.user?.id ?? null}
        />
      </Card>
    </>
  );
}
