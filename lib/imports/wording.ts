import "server-only";

import { createTranslator, type useTranslations } from "next-intl";

import { messagesFor } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

import type { Problem, WordedProblem } from "./errors";
import type { ProblemText } from "./problems";

// The import problems in the reader's language (messages/<locale>/data.json, importProblems):
// the validator says what is wrong as a code and its arguments; this words it. Code with no
// reader (tests, the CLI) gets English from the same catalogue.

type DataWords = ReturnType<typeof useTranslations<"data">>;

const translators = new Map<Locale, DataWords>();
function words(locale: Locale): DataWords {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: messagesFor(locale), namespace: "data" });
    translators.set(locale, t);
  }
  return t;
}

// The translator is typed inline so the message check (scripts/i18n/check-messages.ts) sees the
// namespace; every code is a key of importProblems, its arguments are the text's other fields.
function say(t: ReturnType<typeof useTranslations<"data">>, text: ProblemText): string {
  const { code, ...args } = text;
  return t(`importProblems.${code}`, args as never);
}

/** What an import route says about a whole file, in no language yet (data.importErrors). */
export type FileErrorText =
  | { key: "fileTooLarge"; limit: string; size: string }
  | { key: "workbookTooLarge"; mb: string }
  | { key: "fileEmpty" }
  | { key: "oldExcel" }
  | { key: "binaryFile" }
  | { key: "notUtf8" }
  | { key: "zipCutShort" }
  | { key: "zipDirectoryDamaged" }
  | { key: "zipNotWorkbook" }
  | { key: "csvUnreadable"; line: string; detail: string }
  | { key: "xlsxUnreadable"; reason: string }
  | { key: "importRejected"; total: number; count: string }
  | { key: "notMultipart"; type: string }
  | { key: "formUnreadable" }
  | { key: "noFile" }
  | { key: "fileNameUnstorable"; reason: "nul" | "surrogate" }
  | { key: "fileChanged" }
  | { key: "importConflict" };

/** What a restore (lib/server/backup.ts) says, in no language yet (data.restoreErrors). */
export type RestoreText =
  | { key: "notEmpty"; scenarios: number; imports: number }
  | { key: "recordTooLarge"; limit: string }
  | { key: "invalidBackup"; issues: string }
  | { key: "duplicateRow"; target: string }
  | { key: "doesNotFit"; problems: string; more: number }
  | { key: "marketAlreadyThere"; market: string }
  | { key: "indicatorAlreadyThere"; indicator: string }
  | { key: "groupMissing"; indicator: string; group: string }
  | { key: "valueMarketMissing"; market: string }
  | { key: "valueIndicatorMissing"; indicator: string }
  | { key: "otherDataset"; backup: string; current: string };

function sayFile(t: ReturnType<typeof useTranslations<"data">>, text: FileErrorText): string {
  const { key, ...args } = text;
  return t(`importErrors.${key}`, args as never);
}

function sayRestore(t: ReturnType<typeof useTranslations<"data">>, text: RestoreText): string {
  const { key, ...args } = text;
  return t(`restoreErrors.${key}`, args as never);
}

/** A file error's message in `locale` (English by default: the RequestError's own message). */
export function fileErrorMessage(
  text: FileErrorText | { restore: RestoreText },
  locale: Locale = DEFAULT_LOCALE,
): string {
  return "restore" in text ? sayRestore(words(locale), text.restore) : sayFile(words(locale), text);
}

/** What a restore says, in `locale`. */
export function restoreMessage(text: RestoreText, locale: Locale = DEFAULT_LOCALE): string {
  return sayRestore(words(locale), text);
}

/** Clauses listed in one message ("a; b" in English and Russian, "a；b" in Chinese). */
export function clauses(items: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  return items.join(locale === "zh" ? "；" : "; ");
}

/** One problem's message in `locale`. */
export function problemMessage(text: ProblemText, locale: Locale = DEFAULT_LOCALE): string {
  return say(words(locale), text);
}

/** The problems as the API gives them: code, row, column and the message in `locale`. */
export function wordProblems(problems: readonly Problem[], locale: Locale = DEFAULT_LOCALE): WordedProblem[] {
  return problems.map(({ row, column, text }) => ({
    row,
    column,
    code: text.code,
    message: problemMessage(text, locale),
  }));
}
