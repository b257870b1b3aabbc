import file from "@/data/sources.json" with { type: "json" };
import { SourceRegistrySchema } from "@/lib/contracts/sources";

import {
  citeInline as citeInlineWith,
  citeSecondary,
  citeSource as citeSourceWith,
  type Citation,
  type CitedSource,
  type SourceRegistry,
} from "./citation";

// The shipped citation registry (data/sources.json), checked once on load, and the citation
// helpers bound to it: what pages, reports and API responses call.

function load(): SourceRegistry {
  const parsed = SourceRegistrySchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `data/sources.json: ${issue.path.map(String).join(".")}: ${issue.message} (run \`npm run data:build\`)`,
    );
  }
  return parsed.data;
}

export const SOURCE_REGISTRY: SourceRegistry = load();

/** The reader's citation of a stored source string (with its locator, for a thesis section). */
export function citeSource(source: string, locator?: string | null): CitedSource {
  return citeSourceWith(SOURCE_REGISTRY, source, locator);
}

/** Just the citation text of a stored source string. */
export function citationOf(source: string, locator?: string | null): string {
  return citeSource(source, locator).citation;
}

/** Running text with every pointer into a seed document replaced by its name and section. */
export function citeInline(text: string): string {
  return citeInlineWith(SOURCE_REGISTRY, text);
}

export { citeSecondary, type CitedSource };

/** Whether a stored source string is one Outbound computed from other figures (a distance, an index). */
export function isComputedSource(source: string): boolean {
  return citationOf(source).startsWith("computed from ");
}

/** The thesis's citation without a section (data/sources.json, document 003). */
export function thesisCitation(): Citation {
  const thesis = SOURCE_REGISTRY.documents.find((d) => d.prefix === "003");
  if (!thesis) throw new Error("data/sources.json: the thesis (document 003) is missing (run `npm run data:build`)");
  return thesis.citation;
}
