import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { backtestOfEntryModes } from "@/lib/server/cases";
import { requireMember } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** GET /api/v1/entry-modes/backtest: how often the entry-mode model named what firms did, out of sample. */
export function GET(request: Request) {
  return respond(async () => {
    await requireMember(request);
    return backtestOfEntryModes();
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
