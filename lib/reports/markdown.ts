import type { useTranslations } from "next-intl";

import { cellText, reportSections, type Block, type Section, type TableBlock } from "./document";
import { markdownBlock, markdownCell as c, markdownInline as t } from "./escape";
import { reportTranslator } from "./i18n";
import type { ReportModel } from "./model";
import { computedLine, staleWarning } from "./phrases";

// The report as Markdown: the sections of lib/reports/document, as text. Every string from the
// model goes through `t` or `c` (escape.ts), so a name like `<script>` or `[x](javascript:…)`
// stays visible text. Markdown has no page width: wide tables are printed whole, and charts are
// left out (the tables beside them give every figure).

export function renderMarkdown(model: ReportModel): string {
  return `${[cover(model, reportTranslator(model.locale)), ...reportSections(model).map(section)].join("\n\n")}\n`;
}

function cover(model: ReportModel, tr: ReturnType<typeof useTranslations<"report">>): string {
  const stale = staleWarning(model, tr);
  return [
    // The question is the title; the scenario's name is its subtitle (issue 11 §5).
    `# ${t(model.question)}`,
    `**${tr("markdown.subtitle", { name: t(model.title) })}**`,
    `${t(model.dateDisplay)}. ${t(computedLine(model, tr))}`,
    stale ? `> **${tr("markdown.note")}** ${t(stale)}` : "",
    model.scenario.notes.trim() ? `**${tr("pdf.notes")}**\n\n${markdownBlock(model.scenario.notes)}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

function section(s: Section): string {
  return [`## ${t(s.title)}`, ...blocks(s.blocks, 3)].join("\n\n");
}

function blocks(list: Block[], level: number): string[] {
  return list.map((b) => block(b, level)).filter(Boolean);
}

const bullets = (items: string[], ordered = false) =>
  items.map((item, i) => `${ordered ? `${i + 1}.` : "-"} ${t(item)}`).join("\n");

function block(b: Block, level: number): string {
  const hashes = "#".repeat(level);
  switch (b.kind) {
    case "heading":
      return `${hashes} ${t(b.text)}`;
    case "text":
      return b.lead ? `**${t(b.lead)}.** ${t(b.text)}` : t(b.text);
    case "fields":
      return b.items.map((f) => `- **${t(f.label)}:** ${t(f.text)}`).join("\n");
    case "list":
      return [
        b.title ? `**${t(b.title)}**` : "",
        b.items.length > 0 ? bullets(b.items, b.ordered) : t(b.empty),
        b.more ? t(b.more.text) : "",
      ]
        .filter(Boolean)
        .join("\n\n");
    case "table":
      return table(b, hashes);
    case "chart":
      return "";
    case "subsection":
      return [`${hashes} ${t(b.title)}`, b.lead ? t(b.lead) : "", ...blocks(b.blocks, level + 1)]
        .filter(Boolean)
        .join("\n\n");
  }
}

function table(b: TableBlock, hashes: string): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const title = { heading: `${hashes} ${t(b.title)}`, caption: `**${t(b.title)}**`, hidden: "" }[b.titleStyle];
  const body =
    b.rows.length === 0
      ? t(b.empty)
      : [
          line(b.columns.map((col) => c(col.heading))),
          line(b.columns.map((col) => (col.align === "right" ? "---:" : "---"))),
          ...b.rows.map((row) => line(row.map((cell) => c(cellText(cell))))),
        ].join("\n");
  return [title, ...b.intro.map(t), body, ...b.notes.map(t)].filter(Boolean).join("\n\n");
}
