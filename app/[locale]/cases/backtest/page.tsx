import type { Metadata } from "next";

import { BacktestView } from "@/components/cases/backtest-view";
import { PageHeader } from "@/components/ui/page-header";
import { backtestOfEntryModes } from "@/lib/server/cases";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "How good is this model?" };

export default async function BacktestPage() {
  const backtest = await backtestOfEntryModes();
  return (
    <>
      <PageHeader
        title="How good is this model?"
        lead="The entry-mode model was tested on documented market entries it had not seen: each entry was held out in turn, the model was chosen and fitted on the others, and its ranking for the held-out entry was compared with what the firm actually did."
      />
      <BacktestView backtest={backtest} />
    </>
  );
}
