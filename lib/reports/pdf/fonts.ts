import { createRequire } from "node:module";

import { Font } from "@react-pdf/renderer";

// The PDF's one typeface: Noto Sans SC (SIL Open Font License), shipped by the npm package
// @expo-google-fonts/noto-sans-sc, so nothing is downloaded at build or run time. It covers Latin,
// Cyrillic and the CJK ideographs, so one family serves en, zh and ru. @react-pdf (fontkit)
// embeds only the glyphs a report uses: the 10 MB files become some hundred kilobytes of PDF.
// The files are resolved from the installed package at run time (the worker bundle keeps
// packages external; Next.js never bundles this module: it runs in the worker pool).

export const PDF_FONT = "Noto Sans SC";

const FONT_PACKAGE = "@expo-google-fonts/noto-sans-sc";

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const regular = require.resolve(`${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`);
  const bold = require.resolve(`${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`);
  // The family has no italic: an italic request gets the upright face rather than a fallback
  // font without Chinese or Cyrillic.
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: regular, fontWeight: 400 },
      { src: regular, fontWeight: 400, fontStyle: "italic" },
      { src: bold, fontWeight: 700 },
      { src: bold, fontWeight: 700, fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback(breakOpportunities);
  registered = true;
}

// Han characters, kana, and the CJK symbols; a line may break before or after any of them.
const CJK = /[\u2E80-\u2FFF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
// Punctuation that may not start a line (Chinese line-breaking rules): it stays with the
// character before it.
const NO_LINE_START = /[\u3001\u3002\uFF0C\uFF0E\uFF1A\uFF1B\uFF01\uFF1F\uFF09\u300B\u300D\u300F\u3011\u201D\u2019%）]/;

/**
 * Where @react-pdf may break a space-free "word". It splits text only at spaces, and marks a break
 * inside a word with a hyphen; an empty part between two pieces is a zero-width space instead, a
 * break without a hyphen. So Chinese wraps between characters (never before a closing
 * punctuation mark), Russian and English between words, never hyphenated. Long unbroken tokens
 * (source URLs such as github.com/open-numbers/ddf--world_bank--…) still break after a separator,
 * or every 14 characters when they have none.
 */
export function breakOpportunities(word: string): string[] {
  if (!CJK.test(word)) return longToken(word);
  const pieces: string[] = [];
  let latin = "";
  const flush = () => {
    if (latin) pieces.push(...longToken(latin));
    latin = "";
  };
  for (const char of word) {
    if (CJK.test(char)) {
      flush();
      pieces.push(char);
    } else if (NO_LINE_START.test(char) && (latin || pieces.length > 0)) {
      // Ends the piece before it ("Malaysia、" stays whole); a break may follow it.
      if (latin) {
        latin += char;
        flush();
      } else pieces[pieces.length - 1] += char;
    } else {
      latin += char;
    }
  }
  flush();
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : ["", piece]));
}

function longToken(word: string): string[] {
  const separated = /[/_.@=&?]/.test(word);
  if (word.length <= (separated ? 18 : 30)) return [word];
  return word
    .split(/(?<=[/_.@=&?])/)
    .flatMap((part) => (part.length <= 18 ? [part] : (part.match(/.{1,14}/g) ?? [part])));
}
