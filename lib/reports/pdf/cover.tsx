import { Text, View } from "@react-pdf/renderer";

import { reportSections, type Block } from "../document";
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
import { Blocks } from "./blocks";
import { COLORS, H3, Note, styles, T } from "./primitives";

// The PDF's first page: the question as its title, the scenario's name under it, and the board
// summary (the recommendation, its reasons, what would change it, the risks, how fresh the
// evidence is, next steps: issue 11 §5). Reports without a board summary keep the older
// "at a glance" lines.

export function Cover({ model, summary = [] }: { model: ReportModel; summary?: Block[] }) {
  const name = pdfTextWithLoss(model.title);
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
  const contents = summary.length > 0 ? reportSections(model).map((x) => x.title) : Object.values(SECTION_TITLES);
  return (
    <View>
      <Text style={{ fontSize: 8.5, color: COLORS.brand, fontFamily: "Helvetica-Bold", marginTop: 4 }}>
        OUTBOUND · RECOMMENDATION REPORT · EXECUTIVE SUMMARY
      </Text>
      <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 15, color: COLORS.ink, marginTop: 8, lineHeight: 1.25 }}>
        {pdfText(model.question)}
      </Text>
      <Text style={{ fontSize: 10, color: COLORS.text, marginTop: 6 }}>
        {`Scenario: ${name.text} · ${pdfText(model.dateDisplay)}`}
      </Text>
      <Text style={{ ...styles.small, marginTop: 2 }}>{pdfText(computedLine(model))}</Text>
      {name.lost ? (
        <Note>
          {`The scenario name contains characters this PDF's built-in font cannot show; they appear as "?". The Markdown and JSON exports keep the name exactly.`}
        </Note>
      ) : null}
      {stale ? <Note>{stale}</Note> : null}
      <View style={{ marginTop: 8, borderTopWidth: 2, borderTopColor: COLORS.brand, paddingTop: 4 }}>
        {summary.length > 0 ? (
          <Blocks model={model} blocks={summary} depth={1} />
        ) : (
          <>
            <Text style={{ ...styles.h2, marginTop: 0 }}>At a glance</Text>
            {glance.map(([label, text]) => (
              <View key={label} style={{ flexDirection: "row", marginBottom: 6 }} wrap={false}>
                <Text style={{ width: 118, fontFamily: "Helvetica-Bold", fontSize: 9, color: COLORS.muted }}>
                  {label}
                </Text>
                <Text style={{ flex: 1, fontSize: 10 }}>{pdfText(text)}</Text>
              </View>
            ))}
          </>
        )}
      </View>
      {model.scenario.notes.trim() ? (
        <View style={{ marginTop: 8 }}>
          <H3>Notes</H3>
          <T style={{ fontSize: 9 }}>{model.scenario.notes.trim()}</T>
        </View>
      ) : null}
      <View style={{ marginTop: 8 }}>
        <H3>Contents</H3>
        <T style={styles.small}>{contents.join(" · ")}</T>
      </View>
    </View>
  );
}
