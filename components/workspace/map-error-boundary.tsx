"use client";

import { useTranslations } from "next-intl";
import { Component, type ReactNode } from "react";

/** If the map's chunk or shapes fail to load, say so and keep the rest of the page working. */
export function MapErrorBoundary({ children }: { children: ReactNode }) {
  const t = useTranslations("workspace.map");
  return <Boundary message={t("failed")}>{children}</Boundary>;
}

class Boundary extends Component<{ children: ReactNode; message: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <div
          role="alert"
          className="flex aspect-[16/9] w-full items-center justify-center rounded border border-amber-300 bg-amber-50 p-4 text-center text-sm text-amber-950"
        >
          {this.props.message}
        </div>
      );
    }
    return this.props.children;
  }
}
