import { getTranslations } from "next-intl/server";

import type { AccountMenuData } from "@/lib/contracts/people";
import { Link } from "@/lib/i18n/navigation";

import { SignOutButton, WorkspaceSwitcher } from "./account-menu-actions";

/**
 * Who is signed in, in which workspace and role, with the switcher, Members and sign-out. The
 * layout reads it on the server and leaves it out entirely when the app runs alone (no accounts).
 */
export async function AccountMenu({ data }: { data: AccountMenuData }) {
  const t = await getTranslations("account.menu");
  if (data.kind === "signedOut") {
    return (
      <Link href="/sign-in" className="text-brand-700 rounded px-1 py-0.5 text-sm font-medium underline">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer rounded border border-slate-300 bg-white px-2 py-1 text-slate-800 hover:bg-slate-50">
        <span className="sr-only">{t("label")}: </span>
        {data.name}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-lg">
        {data.kind === "member" ? (
          <>
            <p className="text-slate-700">
              {t("signedInAs", { name: data.name })}
              <span className="block text-xs break-all text-slate-600">{data.email}</span>
            </p>
            <p className="text-slate-700">{t("workspaceRole", { workspace: data.workspaceName, role: data.role })}</p>
            {data.workspaces.length > 1 ? (
              <WorkspaceSwitcher current={data.workspaceId} workspaces={data.workspaces} />
            ) : null}
            <Link href="/members" className="text-brand-700 block underline">
              {t("members")}
            </Link>
          </>
        ) : (
          <p className="text-slate-700">{t("noWorkspace")}</p>
        )}
        <SignOutButton />
      </div>
    </details>
  );
}
