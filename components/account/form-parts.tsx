import { PASSWORD_MIN } from "@/lib/contracts/people";

// The pieces the account forms (sign in, join, reset) share, so the three look and read alike.

export const inputClass = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm";

/** A new password: the length the server asks for, and a hint that says it. */
export function NewPasswordField({ id, label, hint }: { id: string; label: string; hint: string }) {
  return (
    <label className="block text-sm font-medium text-slate-800">
      {label}
      <input
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={128}
        className={inputClass}
        aria-describedby={id}
      />
      <span id={id} className="mt-1 block text-xs font-normal text-slate-600">
        {hint}
      </span>
    </label>
  );
}

/** What went wrong with the form, announced to screen readers. */
export function FormError({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

export function SubmitButton({ busy, children }: { busy: boolean; children: React.ReactNode }) {
  return (
    <button
      type="submit"
      disabled={busy}
      className="bg-brand-700 hover:bg-brand-900 w-full rounded px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
    >
      {children}
    </button>
  );
}
