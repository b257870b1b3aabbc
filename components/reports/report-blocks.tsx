import { Fragment } from "react";

import type { Block, TableBlock } from "@/lib/reports/document";
import type { ReportModel } from "@/lib/reports/model";

import { ReportChart } from "./report-charts";
import { ReportList, ReportTable, SubHeading } from "./report-table";

// The report's blocks (lib/reports/document) as HTML: sub-headings one level down per
// subsection, tables with their caption, charts drawn from the model. React escapes every string.

export function ReportBlocks({ model, blocks, depth }: { model: ReportModel; blocks: Block[]; depth: number }) {
  return (
    <>
      {blocks.map((b, i) => (
        <Fragment key={i}>{block(model, b, depth)}</Fragment>
      ))}
    </>
  );
}

function block(model: ReportModel, b: Block, depth: number) {
  switch (b.kind) {
    case "heading":
      return <SubHeading depth={depth}>{b.text}</SubHeading>;
    case "text":
      return (
        <p className={`mb-3 max-w-4xl text-sm ${b.muted ? "text-slate-700" : "text-slate-800"}`}>
          {b.lead ? <span className="font-semibold">{b.lead}. </span> : null}
          {b.text}
        </p>
      );
    case "fields":
      return (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          {b.items.map((f) => (
            <Fragment key={f.key}>
              <dt className="font-semibold text-slate-700">{f.label}</dt>
              <dd data-testid={f.key}>{f.text}</dd>
            </Fragment>
          ))}
        </dl>
      );
    case "list":
      return (
        <>
          {b.title ? <p className="mt-2 text-sm font-semibold">{b.title}</p> : null}
          {b.items.length > 0 ? (
            <ReportList items={b.items} ordered={b.ordered} />
          ) : (
            <p className="text-sm">{b.empty}</p>
          )}
          {b.more ? (
            <p className="text-sm text-slate-700">
              {b.more.href ? (
                <a className="text-brand-700 underline" href={b.more.href}>
                  {b.more.text}
                </a>
              ) : (
                b.more.text
              )}
            </p>
          ) : null}
        </>
      );
    case "table":
      return <Table table={b} depth={depth} />;
    case "chart":
      return <ReportChart kind={b.chart} model={model} />;
    case "subsection":
      return (
        <div className={b.newPage ? "report-profile mb-8" : "mt-4"}>
          {depth === 0 ? (
            <h3 className="text-lg font-semibold text-slate-900">{b.title}</h3>
          ) : (
            <h4 className="font-semibold text-slate-900">{b.title}</h4>
          )}
          {b.lead ? <p className="text-sm text-slate-700">{b.lead}</p> : null}
          <ReportBlocks model={model} blocks={b.blocks} depth={depth + 1} />
        </div>
      );
  }
}

function Table({ table, depth }: { table: TableBlock; depth: number }) {
  return (
    <>
      {table.titleStyle === "heading" ? <SubHeading depth={depth}>{table.title}</SubHeading> : null}
      {table.intro.map((line) => (
        <p key={line} className="text-sm text-slate-700">
          {line}
        </p>
      ))}
      {table.rows.length === 0 ? <p className="text-sm">{table.empty}</p> : <ReportTable table={table} />}
      {table.notes.map((line) => (
        <p key={line} className="text-xs text-slate-700">
          {line}
        </p>
      ))}
    </>
  );
}
