import { reportTranslator } from "../i18n";
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
  const t = reportTranslator(model.locale);
  return [
    summarySection(model, t),
    shortlistSection(model, t),
    rankingSection(model, t),
    profilesSection(model, t),
    entrySection(model, t),
    robustnessSection(model, t),
    assumptionsSection(model, t),
    sourcesSection(model, t),
    gapsSection(model, t),
    methodologySection(model, t),
    glossarySection(t),
    provenanceSection(model, t),
  ].filter((s): s is Section => s !== null);
}

export { cellText, tablesOf } from "./blocks";
export { tableParts, type TablePart } from "./split";
export type * from "./types";
