// What a link got wrong, as a key and its values (messages/<locale>/workspace.json, "link"), so
// the pages say it in the reader's language. The decoders also keep the English sentence
// (`problems`) for the code that logs or stores it. Pure.

export type LinkNoticeKey =
  | "marketCode"
  | "noMarkets"
  | "tooManyMarkets"
  | "method"
  | "missing"
  | "normalization"
  | "preference"
  | "coverage"
  | "weights"
  | "assessments"
  | "home"
  | "weightPreset"
  | "unreadable"
  | "pair"
  | "ratingFormat"
  | "ratingKey"
  | "ratingValue"
  | "unknownHome"
  | "noValues"
  | "notCode"
  | "homeLeftOut"
  | "monteCarlo";

export interface LinkNotice {
  key: LinkNoticeKey;
  values: Record<string, string | number>;
}

/** Records a notice and its English sentence side by side. */
export function noticeList() {
  const problems: string[] = [];
  const notices: LinkNotice[] = [];
  const say = (key: LinkNoticeKey, values: Record<string, string | number>, english: string) => {
    problems.push(english);
    notices.push({ key, values });
  };
  return { problems, notices, say };
}
