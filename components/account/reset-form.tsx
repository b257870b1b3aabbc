"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { PASSWORD_MIN } from "@/lib/contracts/people";
import { Link } from "@/lib/i18n/navigation";

import { callApi } from "./api";
import { FormError, inputClass, NewPasswordField, SubmitButton } from "./form-parts";

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
      <NewPasswordField
        id="reset-password-hint"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
      />
      <label className="block text-sm font-medium text-slate-800">
        {t("confirm")}
        <input name="confirm" type="password" autoComplete="new-password" required className={inputClass} />
      </label>
      <FormError error={error} />
      <SubmitButton busy={busy}>{t("submit")}</SubmitButton>
    </form>
  );
}
