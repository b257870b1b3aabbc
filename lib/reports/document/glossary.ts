import type { useTranslations } from "next-intl";
import { table } from "./blocks";
import type { Section } from "./types";

// Plain-language glossary (issue 11 §5): the terms of the theory and the methods the report uses,
// each in a sentence or two a board member can read without the thesis.

// The terms in reading order; their wording is in the report catalogue (glossary.items.<key>).
const TERMS = [
  "tce",
  "oli",
  "cage",
  "uppsala",
  "bornGlobal",
  "strength",
  "fit",
  "monteCarlo",
  "rankInterval",
  "tied",
  "methods",
  "deMinimis",
] as const;

export function glossarySection(t: ReturnType<typeof useTranslations<"report">>): Section {
  const title = t("glossary.title");
  const rows = TERMS.map((key) => ({
    term: t(`glossary.items.${key}.term`),
    meaning: t(`glossary.items.${key}.meaning`),
  }));
  return {
    id: "glossary",
    title,
    blocks: [
      table(
        {
          id: "glossary",
          title,
          titleStyle: "hidden",
          columns: [
            { heading: t("glossary.term"), width: 25, rowHeader: true, cell: (row) => row.term },
            { heading: t("glossary.meaning"), width: 75, cell: (row) => row.meaning },
          ],
        },
        rows,
      ),
    ],
  };
}
