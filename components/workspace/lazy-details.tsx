"use client";

import { useState } from "react";

/**
 * A <details> whose content renders only once it is opened: tables behind a disclosure would
 * otherwise be sent in the page's HTML on every load although most visits never open them.
 */
export function LazyDetails({
  summary,
  className,
  children,
}: {
  summary: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      {summary}
      {open ? children : null}
    </details>
  );
}
