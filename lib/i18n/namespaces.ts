// One message file per area of the app and per locale (messages/<locale>/<namespace>.json), so
// that the people translating one area do not edit another's file.
export const NAMESPACES = [
  "common",
  "workspace",
  "compare",
  "scenarios",
  "data",
  "markets",
  "cases",
  "framework",
  "report",
  "api",
  "account",
  "decisions",
  "audit",
  "share",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
