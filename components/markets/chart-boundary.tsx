"use client";

import { Component, type ReactNode } from "react";

/** Keeps a failed chart (e.g. its script did not load) from taking the page down; the table stays. */
export class ChartBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
