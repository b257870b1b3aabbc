"use client";

import { Component, type ReactNode } from "react";

/** If the map's chunk or shapes fail to load, say so and keep the rest of the page working. */
export class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
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
          The map could not be loaded. The ranking above shows the same scores; reload the page to try again.
        </div>
      );
    }
    return this.props.children;
  }
}
