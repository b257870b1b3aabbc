// What in a compare page's query could not be honoured, as data: lib/server finds the issues, the
// page words them in the reader's language.

export type FitIssue =
  | { code: "unknownReplay"; replay: string }
  | { code: "unknownMarket"; market: string }
  | { code: "unknownHome"; home: string }
  | { code: "homeIsMarket"; market: string; instead: string }
  | { code: "notAYear"; year: string };
