import type { ReportModel } from "../model";
import { assumptionsSection, gapsSection, methodologySection, provenanceSection, sourcesSection } from "./appendix";
import { entrySection } from "./entry";
import { glossarySection } from "./glossary";
import { shortlistSection } from "./shortlist";
import { profilesSection } from "./profiles";
import { robustnessSection } from "./robustness";
import { rankingSection, summarySection } from "./summary";
import type { Section } from "./types";

// The report's sections in reading order, the same for the page, the PDF and the Markdown.

export function reportSections(model: ReportModel): Section[] {
  return [
    summarySection(model),
    shortlistSection(model),
    rankingSection(model),
    profilesSection(model),
    entrySection(model),
    robustnessSection(model),
    assumptionsSection(model),
    sourcesSection(model),
    gapsSection(model),
    methodologySection(model),
    glossarySection(),
    provenanceSection(model),
  ].filter((s): s is Section => s !== null);
}

export { cellText, tablesOf } from "./blocks";
export { tableParts, type TablePart } from "./split";
export type * from "./types";
