import { useTranslations } from "next-intl";

// The method's words on the scenario pages (server or client components; not async ones). Dates
// and numbers come from the locale's formatters (formattersFor / useFormatters), in UTC so the
// server's and the browser's rendering agree and two readers in different time zones see the same.

export type MethodLabels = {
  /** "Weighted sum", "TOPSIS"…; with the normalization when it is not "none". */
  methodLabel: (method: string, normalization?: string | null) => string;
  /** How a missing value was treated. */
  missingLabel: (missing: string) => string;
};

export function useMethodLabels(): MethodLabels {
  const t = useTranslations("scenarios.methods");
  const name = (method: string) =>
    method === "wsm"
      ? t("wsm")
      : method === "topsis"
        ? t("topsis")
        : method === "promethee2"
          ? t("promethee2")
          : method;
  return {
    methodLabel: (method, normalization) =>
      normalization && normalization !== "none"
        ? t("withNormalization", { method: name(method), normalization })
        : name(method),
    missingLabel: (missing) => (missing === "worst" ? t("missingWorst") : t("missingRenormalize")),
  };
}
