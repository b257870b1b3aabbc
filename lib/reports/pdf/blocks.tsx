import { Text, View } from "@react-pdf/renderer";
import { Fragment } from "react";

import { tableParts, type Block, type Cell, type Section, type TableBlock } from "../document";
import { pdfText } from "../escape";
import type { ReportModel } from "../model";
import { PdfChart } from "./charts";
import { Bullets, H1, H2, H3, Labelled, P, styles, Table } from "./primitives";

// The report's sections (lib/reports/document) as PDF: one section per page run, sub-headings
// one size down per subsection level. Wide tables are printed in parts (document/split.ts), long
// ones run onto the next page with their header row repeated: nothing is cut.

// Blocks stay direct children of the page (fragments, no wrapping views): @react-pdf honours a
// page break and keeps a heading with what follows only among siblings of the page's flow.

export function PdfSection({ model, section, first }: { model: ReportModel; section: Section; first: boolean }) {
  return (
    <>
      <H1 breakBefore={!first}>{section.title}</H1>
      <Blocks model={model} blocks={section.blocks} depth={0} />
    </>
  );
}

export function Blocks({ model, blocks, depth }: { model: ReportModel; blocks: Block[]; depth: number }) {
  // The first page-starting subsection shares the page of the section's heading.
  const firstPage = blocks.findIndex((b) => b.kind === "subsection" && b.newPage);
  return (
    <>
      {blocks.map((b, i) => (
        <Fragment key={i}>{block(model, b, depth, i === firstPage)}</Fragment>
      ))}
    </>
  );
}

const SubHeading = ({ depth, children }: { depth: number; children: string }) =>
  depth === 0 ? <H2>{children}</H2> : <H3>{children}</H3>;

const Caption = ({ children }: { children: string }) => (
  <Text style={{ ...styles.bold, fontSize: 8.5, marginTop: 6, marginBottom: 2 }} minPresenceAhead={40}>
    {pdfText(children)}
  </Text>
);

function block(model: ReportModel, b: Block, depth: number, firstPage: boolean) {
  switch (b.kind) {
    case "heading":
      return <SubHeading depth={depth}>{b.text}</SubHeading>;
    case "text":
      if (b.lead) return <Labelled label={b.lead}>{b.text}</Labelled>;
      return <P style={b.muted ? styles.small : undefined}>{b.text}</P>;
    case "fields":
      return b.items.map((f) => (
        <Labelled key={f.key} label={f.label}>
          {f.text}
        </Labelled>
      ));
    case "list":
      return (
        <>
          {b.title ? <Caption>{b.title}</Caption> : null}
          {b.items.length > 0 ? <Bullets items={b.items} numbered={b.ordered} /> : <P>{b.empty}</P>}
          {b.more ? <P style={styles.small}>{b.more.text}</P> : null}
        </>
      );
    case "table":
      return <PdfTable table={b} depth={depth} />;
    case "chart":
      return <PdfChart kind={b.chart} model={model} />;
    case "subsection":
      return (
        <>
          {b.newPage ? <H1 breakBefore={!firstPage}>{b.title}</H1> : <SubHeading depth={depth}>{b.title}</SubHeading>}
          {b.lead ? <P style={styles.small}>{b.lead}</P> : null}
          <Blocks model={model} blocks={b.blocks} depth={depth + 1} />
        </>
      );
  }
}

const cellText = (cell: Cell) => (typeof cell === "string" ? cell : `${cell.text}\n${cell.detail}`);

function PdfTable({ table, depth }: { table: TableBlock; depth: number }) {
  const fontSize = table.dense ? 7.5 : undefined;
  return (
    <>
      {table.titleStyle === "heading" ? <SubHeading depth={depth}>{table.title}</SubHeading> : null}
      {table.titleStyle === "caption" ? <Caption>{table.title}</Caption> : null}
      {table.intro.map((line) => (
        <P key={line} style={styles.small}>
          {line}
        </P>
      ))}
      {table.rows.length === 0 ? (
        <P>{table.empty}</P>
      ) : (
        tableParts(table).map((part) => (
          <View key={part.label ?? "whole"}>
            {part.label ? <P style={{ ...styles.small, ...styles.italic }}>{part.label}</P> : null}
            <Table
              fontSize={fontSize}
              columns={part.columns.map((c) => ({ title: c.heading, width: c.width, align: c.align }))}
              rows={part.rows.map((row) => row.map(cellText))}
            />
          </View>
        ))
      )}
      {table.notes.map((line) => (
        <P key={line} style={styles.small}>
          {line}
        </P>
      ))}
    </>
  );
}
