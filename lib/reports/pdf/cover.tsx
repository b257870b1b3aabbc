import { Text, View } from "@react-pdf/renderer";

import { pdfText, pdfTextWithLoss } from "../escape";
import type { ReportModel } from "../model";
import {
  computedLine,
  entryModeLine,
  marketLine,
  probability,
  SECTION_TITLES,
  staleWarning,
  strategyLine,
} from "../phrases";
import { COLORS, H3, Note, styles, T } from "./primitives";

// The PDF's cover page: the question, the recommendation at a glance and the contents.

export function Cover({ model }: { model: ReportModel }) {
  const title = pdfTextWithLoss(model.title);
  const stale = staleWarning(model);
  const s = model.summary;
  const glance: [string, string][] = [
    ["Recommended market", marketLine(model)],
    ["Entry mode", entryModeLine(s)],
    ["Business strategy", strategyLine(s)],
    [
      "Confidence",
      `${s.confidence.level[0]!.toUpperCase()}${s.confidence.level.slice(1)}: ranks first in ${probability(s.confidence.probabilityFirst)} of the Monte Carlo draws; ${s.confidence.variantsAgreeing} of ${s.confidence.variantsTotal} method variants agree.`,
    ],
  ];
  return (
    <View>
      <Text style={{ fontSize: 8.5, color: COLORS.brand, fontFamily: "Helvetica-Bold", marginTop: 40 }}>
        OUTBOUND · RECOMMENDATION REPORT
      </Text>
      <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 24, color: COLORS.ink, marginTop: 14, lineHeight: 1.2 }}>
        {title.text}
      </Text>
      <Text style={{ fontSize: 13, color: COLORS.text, marginTop: 14, lineHeight: 1.4 }}>
        {pdfText(model.question)}
      </Text>
      <Text style={{ fontSize: 10, color: COLORS.muted, marginTop: 12 }}>{pdfText(model.dateDisplay)}</Text>
      <Text style={{ ...styles.small, marginTop: 3 }}>{pdfText(computedLine(model))}</Text>
      {title.lost ? (
        <Note>
          {`The scenario name contains characters this PDF's built-in font cannot show; they appear as "?". The Markdown and JSON exports keep the name exactly.`}
        </Note>
      ) : null}
      {stale ? <Note>{stale}</Note> : null}
      <View style={{ marginTop: 26, borderTopWidth: 2, borderTopColor: COLORS.brand, paddingTop: 10 }}>
        <Text style={{ ...styles.h2, marginTop: 0 }}>At a glance</Text>
        {glance.map(([label, text]) => (
          <View key={label} style={{ flexDirection: "row", marginBottom: 6 }} wrap={false}>
            <Text style={{ width: 118, fontFamily: "Helvetica-Bold", fontSize: 9, color: COLORS.muted }}>{label}</Text>
            <Text style={{ flex: 1, fontSize: 10 }}>{pdfText(text)}</Text>
          </View>
        ))}
      </View>
      {model.scenario.notes.trim() ? (
        <View style={{ marginTop: 14 }}>
          <H3>Notes</H3>
          <T style={{ fontSize: 9 }}>{model.scenario.notes.trim()}</T>
        </View>
      ) : null}
      <View style={{ marginTop: 18 }}>
        <H3>Contents</H3>
        <T style={styles.small}>{Object.values(SECTION_TITLES).join(" · ")}</T>
      </View>
    </View>
  );
}
