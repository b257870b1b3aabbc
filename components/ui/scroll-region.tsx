/**
 * A table that may scroll sideways on a phone: focusable and named, so keyboard users can scroll
 * it (axe: scrollable-region-focusable). `className` adds to the scrolling container.
 */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`.trim()}>
      {children}
    </div>
  );
}
