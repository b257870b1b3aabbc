"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useRouter } from "@/lib/i18n/navigation";

import { callApi } from "./api";

/** Ends the session in the database (so every instance drops it), then shows the sign-in page. */
export function SignOutButton() {
  const t = useTranslations("account.menu");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await callApi("POST", "/api/auth/sign-out", {});
        router.replace("/sign-in");
        router.refresh();
      }}
      className="w-full rounded border border-slate-300 px-3 py-1.5 text-left font-medium text-slate-800 hover:bg-slate-50"
    >
      {t("signOut")}
    </button>
  );
}

export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: string;
  workspaces: { id: string; name: string }[];
}) {
  const t = useTranslations("account.menu");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <label className="block text-slate-700">
      {t("switchWorkspace")}
      <select
        value={current}
        disabled={busy}
        onChange={async (event) => {
          setBusy(true);
          const outcome = await callApi("PUT", "/api/v1/workspaces/active", { workspaceId: event.target.value });
          if (outcome.ok) window.location.reload();
          else {
            setBusy(false);
            setFailed(true);
          }
        }}
        className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1"
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      {failed ? (
        <span role="alert" className="mt-1 block text-xs text-red-800">
          {t("switchFailed")}
        </span>
      ) : null}
    </label>
  );
}
