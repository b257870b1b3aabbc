import { reportTranslator } from "../i18n";
import type { ReportModel } from "../model";
import { assumptionsSection, gapsSection, methodologySection, provenanceSection, sourcesSection } from "./appendix";
import { entrySection } from "./entry";
import { glossarySection } from "./glossary";
import { groupSection } from "./group";
import { shortlistSection } from "./shortlist";
import { profilesSection } from "./profiles";
import { robustnessSection } from "./robustness";
import { rankingSection, summarySection } from "./summary";
import { NONE } from "./blocks";
import type { Block, Section } from "./types";

// The report's sections in reading order, the same for the page, the PDF and the Markdown.

export function reportSections(model: ReportModel): Section[] {
  const t = reportTranslator(model.locale);
  return [
    summarySection(model, t),
    shortlistSection(model, t),
    rankingSection(model, t),
    groupSection(model, t),
    profilesSection(model, t),
    entrySection(model, t),
    robustnessSection(model, t),
    assumptionsSection(model, t),
    sourcesSection(model, t),
    gapsSection(model, t),
    methodologySection(model, t),
    glossarySection(t),
    provenanceSection(model, t),
  ]
    .filter((s): s is Section => s !== null)
    .map((s) => ({ ...s, blocks: s.blocks.map((b) => withEmptyText(b, t("none"))) }));
}

/** Tables and lists that set no text of their own for "no rows" say "None." in the report's language. */
function withEmptyText(block: Block, none: string): Block {
  if (block.kind === "table" || block.kind === "list") return block.empty === NONE ? { ...block, empty: none } : block;
  if (block.kind === "subsection") return { ...block, blocks: block.blocks.map((b) => withEmptyText(b, none)) };
  return block;
}

export { cellText, tablesOf } from "./blocks";
export { tableParts, type TablePart } from "./split";
export type * from "./types";
