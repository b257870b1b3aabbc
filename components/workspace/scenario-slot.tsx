"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

import type { WorkspaceState } from "@/lib/contracts/workspace";
import type { OpenedScenario } from "@/lib/workspace/url-encode";

// "Save scenario" (components/scenarios) loads after the workspace is interactive: its dialog and
// contracts are not needed to rank. The placeholder has the button's size, so nothing moves.
const SaveScenarioButton = dynamic(
  () => import("@/components/scenarios/save-scenario-button").then((m) => m.SaveScenarioButton),
  {
    ssr: false,
    loading: () => <SavePlaceholder />,
  },
);

function SavePlaceholder() {
  const t = useTranslations("workspace.toolbar");
  return (
    <button
      type="button"
      disabled
      className="inline-flex items-center rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 opacity-50"
    >
      {t("saveScenario")}
    </button>
  );
}

/** The toolbar's slot for saving the workspace as a scenario. */
export function ScenarioSlot(props: {
  state: WorkspaceState;
  openedFrom: OpenedScenario | null;
  onSaved: (saved: OpenedScenario) => void;
}) {
  return <SaveScenarioButton {...props} />;
}
