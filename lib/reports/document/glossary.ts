import type { useTranslations } from "next-intl";
import { table } from "./blocks";
import type { Section } from "./types";

// Plain-language glossary (issue 11 §5): the terms of the theory and the methods the report uses,
// each in a sentence or two a board member can read without the thesis.

export const GLOSSARY_TITLE = "Glossary";

export const GLOSSARY: { term: string; meaning: string }[] = [
  {
    term: "TCE (transaction cost economics)",
    meaning:
      "A theory that a firm should own an activity itself when buying it from others is costly or risky, for example when partners could misuse its know-how; otherwise contracts and partners are cheaper.",
  },
  {
    term: "OLI (the eclectic paradigm)",
    meaning:
      "Dunning's test for investing abroad: the firm needs an Ownership advantage (something rivals lack), a Location advantage (a reason to be in that country) and an Internalization advantage (a reason to do it itself rather than license it).",
  },
  {
    term: "CAGE distance",
    meaning:
      "Ghemawat's four kinds of distance between countries: Cultural, Administrative (laws, political ties), Geographic and Economic. The larger they are, the harder the entry.",
  },
  {
    term: "Uppsala model",
    meaning:
      "The observation that firms enter foreign markets step by step, starting with low commitment (exports) and committing more as they learn the market.",
  },
  {
    term: "Born global",
    meaning: "A firm that sells abroad from its start instead of growing at home first.",
  },
  {
    term: "Strength 1, 2 or 3",
    meaning:
      "How strongly a factor of the firm or the market moves an entry mode's fit in the model: 1 a weak push, 3 a strong one, as judged from the theory and the cases cited beside it.",
  },
  {
    term: "Fit (0-100)",
    meaning: "How well an entry mode or strategy suits this firm in this market in the model; 50 is neutral.",
  },
  {
    term: "Monte Carlo draws",
    meaning:
      "The ranking recomputed thousands of times with the weights (and, where set, the values) varied at random around the chosen ones, to see how often each market comes first.",
  },
  {
    term: "90% rank interval",
    meaning: "The ranks a market takes in the middle 90% of the Monte Carlo draws.",
  },
  {
    term: "Statistically tied",
    meaning:
      "Two or more markets each rank first in at least 5% of the Monte Carlo draws: the data and the weights do not settle the order between them.",
  },
  {
    term: "Weighted sum, TOPSIS, PROMETHEE II",
    meaning:
      "Three ways to combine the criteria into one score: adding weighted, rescaled values; closeness to an ideal market; and pairwise preferences between markets.",
  },
  {
    term: "De minimis",
    meaning: "The value below which an imported parcel pays no duty (or no VAT).",
  },
];

export function glossarySection(t: ReturnType<typeof useTranslations<"report">>): Section {
  return {
    id: "glossary",
    title: GLOSSARY_TITLE,
    blocks: [
      table(
        {
          id: "glossary",
          title: GLOSSARY_TITLE,
          titleStyle: "hidden",
          columns: [
            { heading: "Term", width: 25, rowHeader: true, cell: (row) => row.term },
            { heading: "In plain words", width: 75, cell: (row) => row.meaning },
          ],
        },
        GLOSSARY,
      ),
    ],
  };
}
