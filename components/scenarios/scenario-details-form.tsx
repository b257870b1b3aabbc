"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { SCENARIO_NAME_MAX, SCENARIO_NOTES_MAX, type Scenario } from "@/lib/contracts/scenarios";
import { useRouter } from "@/lib/i18n/navigation";

import { useScenarioApi, type ApiFailure } from "./api";

/** Edit the name and notes (a new version, with the version it is based on; 409 if stale). */
export function ScenarioDetailsForm({ id, version, name, notes }: Pick<Scenario, "id" | "version" | "name" | "notes">) {
  const t = useTranslations("scenarios");
  const scenarioApi = useScenarioApi();
  const router = useRouter();
  const ids = { name: useId(), notes: useId() };
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ name, notes });
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await scenarioApi<Scenario>(`/${id}`, { method: "PUT", body: { baseVersion: version, ...draft } });
    setSaving(false);
    if (!result.ok) return setFailure(result);
    setFailure(null);
    setEditing(false);
    router.refresh();
  };
  const saveAsCopy = async () => {
    const copy = await scenarioApi<Scenario>(`/${id}/duplicate`, {
      method: "POST",
      body: { name: t("copyName", { name: draft.name }).slice(0, SCENARIO_NAME_MAX) },
    });
    if (!copy.ok) return setFailure(copy);
    const withNotes = await scenarioApi<Scenario>(`/${copy.data.id}`, {
      method: "PUT",
      body: { baseVersion: copy.data.version, notes: draft.notes },
    });
    router.push(`/scenarios/${withNotes.ok ? withNotes.data.id : copy.data.id}`);
  };

  const button = "inline-flex items-center rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50";
  if (!editing) {
    return (
      <button
        type="button"
        className={`${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        onClick={() => (setDraft({ name, notes }), setEditing(true))}
      >
        {t("details.edit")}
      </button>
    );
  }
  return (
    <form onSubmit={save} className="w-full space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <label htmlFor={ids.name} className="block text-sm font-medium">
          {t("details.name")}
        </label>
        <input
          id={ids.name}
          value={draft.name}
          required
          maxLength={SCENARIO_NAME_MAX}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5 text-sm"
        />
      </div>
      <div>
        <label htmlFor={ids.notes} className="block text-sm font-medium">
          {t("details.notes")}
        </label>
        <textarea
          id={ids.notes}
          value={draft.notes}
          rows={5}
          maxLength={SCENARIO_NOTES_MAX}
          onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5 text-sm"
        />
      </div>
      {failure ? (
        <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>{failure.message}</p>
          {failure.status === 409 ? (
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className={`${button} border-slate-400 bg-white`}
                onClick={() => (setEditing(false), setFailure(null), router.refresh())}
              >
                {t("details.reload")}
              </button>
              <button
                type="button"
                className={`${button} border-brand-700 bg-brand-700 text-white`}
                onClick={saveAsCopy}
              >
                {t("details.saveCopy")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={saving || draft.name.trim() === ""}
          className={`${button} border-brand-700 bg-brand-700 hover:bg-brand-900 text-white`}
        >
          {saving ? t("details.saving") : t("details.save")}
        </button>
        <button
          type="button"
          className={`${button} border-slate-300 bg-white`}
          onClick={() => (setEditing(false), setFailure(null))}
        >
          {t("details.cancel")}
        </button>
      </div>
    </form>
  );
}
