// The message check (issue 12 §6): every locale has exactly the English keys, every message parses
// as ICU and uses the same arguments as its English, every key is used by the code and every key
// the code uses exists. The key comparison, argument check and source scan are
// @lingual/i18n-check's (made for next-intl); the ICU parse is FormatJS's parser, the one
// next-intl formats with.

import { parse } from "@formatjs/icu-messageformat-parser";
import { checkTranslations, checkUndefinedKeys, checkUnusedKeys } from "@lingual/i18n-check";

type TranslationFile = Parameters<typeof checkTranslations>[0][number];

export type Catalogues = Record<string, Record<string, unknown>>;

export type MessageProblems = {
  missing: string[];
  invalid: string[];
  syntax: string[];
  unused: string[];
  undefined: string[];
};

export async function checkMessages(
  catalogues: Catalogues,
  sourceFiles: string[],
  { sourceLocale = "en", ignoreUnused = [] as string[] } = {},
): Promise<MessageProblems> {
  const syntax = Object.entries(catalogues).flatMap(([locale, content]) => syntaxErrors(locale, content));
  // The library reads catalogues as its CLI hands them over: flat, "namespace.key" → message; a
  // message that does not parse is reported above and kept from it (it would throw).
  const parsable = (locale: string) => {
    const content = flat(catalogues[locale]);
    for (const problem of syntax) {
      const [where, key] = problem.split(" (")[0]!.split(": ");
      if (where === locale) delete content[key!];
    }
    return content;
  };
  const source: TranslationFile = { reference: null, name: sourceLocale, content: parsable(sourceLocale) };
  const targets: TranslationFile[] = Object.keys(catalogues)
    .filter((locale) => locale !== sourceLocale)
    .map((locale) => ({ reference: sourceLocale, name: locale, content: parsable(locale) }));
  const options = { format: "next-intl" as const };
  const compared = checkTranslations([source], targets, { ...options, checks: ["missingKeys", "invalidKeys"] });
  // Keys a locale has and English lacks (the library reports only what a locale lacks).
  const englishKeys = new Set(flatKeys(catalogues[sourceLocale]));
  const extra = Object.entries(catalogues)
    .filter(([locale]) => locale !== sourceLocale)
    .flatMap(([locale, content]) =>
      flatKeys(content)
        .filter((key) => !englishKeys.has(key))
        .map((key) => `${locale}: ${key} (not in ${sourceLocale})`),
    );
  const unused = await checkUnusedKeys([source], sourceFiles, {
    ...options,
    checks: ["unused"],
    ignore: ignoreUnused,
  });
  const undefinedKeys = await checkUndefinedKeys([source], sourceFiles, { ...options, checks: ["undefined"] });
  return {
    missing: [
      ...Object.entries(compared.missingKeys ?? {}).flatMap(([locale, keys]) => keys.map((k) => `${locale}: ${k}`)),
      ...extra,
    ],
    invalid: Object.entries(compared.invalidKeys ?? {}).flatMap(([locale, entries]) =>
      entries.map((e) => `${locale}: ${e.key} (${e.msg})`),
    ),
    syntax,
    unused: Object.values(unused ?? {}).flat(),
    undefined: Object.values(undefinedKeys ?? {}).flat(),
  };
}

function syntaxErrors(locale: string, content: unknown, prefix = ""): string[] {
  if (typeof content === "string") {
    try {
      parse(content);
      return [];
    } catch (error) {
      return [`${locale}: ${prefix} (${(error as Error).message})`];
    }
  }
  if (content === null || typeof content !== "object") return [`${locale}: ${prefix} is not a message`];
  return Object.entries(content).flatMap(([key, value]) => syntaxErrors(locale, value, prefix ? `${prefix}.${key}` : key));
}

function flatKeys(content: unknown, prefix = ""): string[] {
  if (content === null || typeof content !== "object") return [prefix];
  return Object.entries(content).flatMap(([key, value]) => flatKeys(value, prefix ? `${prefix}.${key}` : key));
}

function flat(content: unknown): Record<string, unknown> {
  return Object.fromEntries(flatKeys(content).map((key) => [key, key.split(".").reduce<unknown>((node, step) => (node as Record<string, unknown>)[step], content)]));
}
