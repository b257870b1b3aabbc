import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { reportTranslator } from "@/lib/reports/i18n";
import { renderMarkdown } from "@/lib/reports/markdown";
import type { Locale } from "@/lib/i18n/locales";

import { fixtureReportInput, twelveMarketReportInput } from "../../fixtures/reports/report-input";

// The sentences the report's builders write (summary and page 1, the short list, material risks,
// evidence for and against, the entry-mode section and the fit reasons) come from the catalogue:
// English stays word for word what main wrote before they moved (the Markdown committed as a
// fixture before the change), and a Chinese or Russian report has no English sentence in them.

const fixture = (name: string) => readFileSync(path.join(__dirname, "../../fixtures/reports", name), "utf8");

describe("English is unchanged", () => {
  test("the three-market fixture report's Markdown is the one committed before the sentences moved", () => {
    expect(renderMarkdown(buildReportModel(fixtureReportInput()))).toBe(fixture("sentences-a.en.md"));
  });

  test("the twelve-market fixture report's Markdown is the one committed before the sentences moved", () => {
    expect(renderMarkdown(buildReportModel(twelveMarketReportInput()))).toBe(fixture("sentences-a-twelve.en.md"));
  });
});

/**
 * The fixture's own texts (tests/fixtures/reports/report-input.ts): evidence statements, notes,
 * sources and publishers of its market profiles, and the rationales and precedents of its made-up
 * fit table. Their ids are not rows of data/, so they have no translation: they are data, printed
 * as given, like a citation. The fit model's assumption notes are not among them: they are worded.
 */
function fixtureTexts(): string[] {
  const input = fixtureReportInput();
  const texts = new Set<string>();
  const walk = (value: unknown, key = ""): void => {
    if (key === "assumptions") return;
    if (typeof value === "string") {
      if (/[A-Za-z]{2,}\W+[A-Za-z]{2,}/.test(value)) texts.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === "object") Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(input.profiles);
  const { results } = input.scenario;
  walk(results.entryModes);
  walk(results.entryModesByMarket);
  // Longest first, so a text is removed before a shorter one inside it.
  return [...texts].sort((a, b) => b.length - a.length);
}

/** Names as published, printed untranslated in any language. */
const PUBLISHED = ["Logistics Performance Index", "World Bank", "Weighted sum"];

/** The report's sections this part writes: the summary, the short list and the entry-mode section. */
function ownSections(markdown: string, locale: Locale): string[] {
  const t = reportTranslator(locale);
  const wanted = [t("sections.summary"), t("shortlist.title"), t("sections.entry")];
  return markdown.split(/^(?=## )/m).filter((section) => wanted.some((title) => section.startsWith(`## ${title}`)));
}

/** Three or more Latin-script words in a row. */
const ENGLISH_RUN = /[A-Za-z][\w'’-]*(?:[\s,]+[A-Za-z][\w'’-]*){2,}/;

function englishRuns(locale: Locale): string[] {
  const markdown = renderMarkdown(buildReportModel({ ...fixtureReportInput(), locale }));
  const sections = ownSections(markdown, locale);
  expect(sections).toHaveLength(3);
  const data = fixtureTexts();
  const unescape = (line: string) => line.replace(/\\([\\`*_{}[\]()#+\-.!|$<>=])/g, "$1");
  return sections
    .flatMap((section) => section.split("\n"))
    .map((line) => {
      // Code spans, and an evidence line's citation "(2016; The New York Times (2017), as reported
      // by …)": sources are cited as published.
      let rest = unescape(line)
        .replace(/`[^`]*`/g, " ")
        .replace(/\(\d{4}[^;()]*;.*\)\S*$/, " ");
      for (const text of [...data, ...PUBLISHED]) rest = rest.split(text).join(" ");
      return rest;
    })
    .filter((rest) => ENGLISH_RUN.test(rest));
}

describe.each(["zh", "ru"] as const)("a %s report", (locale) => {
  test("has no run of three English words in the summary, short list, risks, evidence and entry-mode sections", () => {
    expect(englishRuns(locale)).toEqual([]);
  });

  test("states the summary's sentences in its own language", () => {
    const model = buildReportModel({ ...fixtureReportInput(), locale });
    const english = buildReportModel(fixtureReportInput());
    const board = model.summary.board!;
    const englishBoard = english.summary.board!;
    expect(board.recommendation).not.toBe(englishBoard.recommendation);
    expect(model.summary.confidence.statement).not.toBe(english.summary.confidence.statement);
    expect(model.shortlist?.rule).not.toBe(english.shortlist?.rule);
    expect(board.nextSteps).toHaveLength(englishBoard.nextSteps.length);
    const script = locale === "zh" ? /\p{Script=Han}/u : /\p{Script=Cyrillic}/u;
    const sentences = [
      board.recommendation,
      ...board.mainReasons,
      ...board.mainRisks,
      board.freshness,
      ...board.nextSteps,
    ];
    for (const sentence of sentences) expect(sentence).toMatch(script);
  });
});
