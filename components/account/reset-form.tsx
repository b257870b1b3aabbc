"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { PASSWORD_MIN } from "@/lib/contracts/people";
import { Link } from "@/lib/i18n/navigation";

import { callApi } from "./api";

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm";

/** A new password through a one-time link; then every session of that person has ended. */
export function ResetForm({ token }: { token: string }) {
  const t = useTranslations("account.reset");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <div role="status" className="space-y-3 text-sm text-slate-800">
        <p>{t("done")}</p>
        <Link href="/sign-in" className="text-brand-700 font-medium underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form
      className="max-w-sm space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const password = String(form.get("password") ?? "");
        if (password !== String(form.get("confirm") ?? "")) {
          setError(t("mismatch"));
          return;
        }
        setBusy(true);
        setError(null);
        const outcome = await callApi("POST", "/api/v1/password-resets", { token, password });
        setBusy(false);
        if (outcome.ok) setDone(true);
        else
          setError(
            outcome.code === "link_invalid"
              ? t("invalidBody")
              : outcome.status === 400
                ? t("tooShort", { min: PASSWORD_MIN })
                : t("failed"),
          );
      }}
    >
      <label className="block text-sm font-medium text-slate-800">
        {t("password")}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          maxLength={128}
          className={input}
          aria-describedby="reset-password-hint"
        />
        <span id="reset-password-hint" className="mt-1 block text-xs font-normal text-slate-600">
          {t("passwordHint", { min: PASSWORD_MIN })}
        </span>
      </label>
      <label className="block text-sm font-medium text-slate-800">
        {t("confirm")}
        <input name="confirm" type="password" autoComplete="new-password" required className={input} />
      </label>
      {error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={busy}
        className="bg-brand-700 hover:bg-brand-900 w-full rounded px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
