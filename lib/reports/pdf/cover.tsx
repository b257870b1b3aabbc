import type { useTranslations } from "next-intl";
import { Text, View } from "@react-pdf/renderer";

import { reportSections, type Block } from "../document";
import { pdfText } from "../escape";
import type { ReportModel } from "../model";
import {
  computedLine,
  entryModeLine,
  marketLine,
  probability,
  SECTION_IDS,
  sectionTitle,
  staleWarning,
  strategyLine,
} from "../phrases";
import { Blocks } from "./blocks";
import { COLORS, H3, Note, styles, T } from "./primitives";

// The PDF's first page: the question as its title, the scenario's name under it, and the board
// summary (the recommendation, its reasons, what would change it, the risks, how fresh the
// evidence is, next steps: issue 11 §5). Reports without a board summary keep the older
// "at a glance" lines.

export function Cover({
  model,
  summary = [],
  t,
}: {
  model: ReportModel;
  summary?: Block[];
  t: ReturnType<typeof useTranslations<"report">>;
}) {
  const stale = staleWarning(model, t);
  const s = model.summary;
  const glance: [string, string][] = [
    [t("pdf.glance.market"), marketLine(model, t)],
    [t("pdf.glance.entryMode"), entryModeLine(s, t)],
    [t("pdf.glance.strategy"), strategyLine(s, model.locale, t)],
    [
      t("pdf.glance.confidence"),
      t("pdf.glance.confidenceText", {
        level: t(`confidenceLevel.${s.confidence.level}`),
        probability: probability(s.confidence.probabilityFirst),
        agreeing: s.confidence.variantsAgreeing,
        total: s.confidence.variantsTotal,
      }),
    ],
  ];
  const contents =
    summary.length > 0 ? reportSections(model).map((x) => x.title) : SECTION_IDS.map((id) => sectionTitle(id, t));
  return (
    <View>
      <Text style={{ fontSize: 8.5, color: COLORS.brand, fontWeight: 700, marginTop: 4 }}>{t("pdf.kicker")}</Text>
      <Text style={{ fontWeight: 700, fontSize: 15, color: COLORS.ink, marginTop: 8, lineHeight: 1.25 }}>
        {pdfText(model.question)}
      </Text>
      <Text style={{ fontSize: 10, color: COLORS.text, marginTop: 6 }}>
        {pdfText(t("pdf.scenarioLine", { name: model.title, date: model.dateDisplay }))}
      </Text>
      <Text style={{ ...styles.small, marginTop: 2 }}>{pdfText(computedLine(model, t))}</Text>
      {stale ? <Note>{stale}</Note> : null}
      <View style={{ marginTop: 8, borderTopWidth: 2, borderTopColor: COLORS.brand, paddingTop: 4 }}>
        {summary.length > 0 ? (
          <Blocks model={model} blocks={summary} depth={1} />
        ) : (
          <>
            <Text style={{ ...styles.h2, marginTop: 0 }}>{t("pdf.atAGlance")}</Text>
            {glance.map(([label, text]) => (
              <View key={label} style={{ flexDirection: "row", marginBottom: 6 }} wrap={false}>
                <Text style={{ width: 118, fontWeight: 700, fontSize: 9, color: COLORS.muted }}>{label}</Text>
                <Text style={{ flex: 1, fontSize: 10 }}>{pdfText(text)}</Text>
              </View>
            ))}
          </>
        )}
      </View>
      {model.scenario.notes.trim() ? (
        <View style={{ marginTop: 8 }}>
          <H3>{t("pdf.notes")}</H3>
          <T style={{ fontSize: 9 }}>{model.scenario.notes.trim()}</T>
        </View>
      ) : null}
      <View style={{ marginTop: 8 }}>
        <H3>{t("pdf.contents")}</H3>
        <T style={styles.small}>{contents.join(" · ")}</T>
      </View>
    </View>
  );
}
