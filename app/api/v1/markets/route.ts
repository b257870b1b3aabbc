import { z } from "zod";

import { HomeIso3Schema } from "@/lib/contracts/home";
import { readQuery } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";
import { homeContext } from "@/lib/server/home";
import { listMarkets, marketsWithLatestValues } from "@/lib/server/markets";
import { otherMethods } from "@/lib/http/methods";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import { requireMember } from "@/lib/server/access";

export const dynamic = "force-dynamic";

const Query = z.object({ values: z.enum(["latest"]).optional(), home: HomeIso3Schema.optional() }).strict();

/**
 * GET /api/v1/markets; `?values=latest` adds each market's latest indicator values, the
 * home-relative ones measured from `?home=` (default CHN).
 */
export function GET(request: Request) {
  return respond(async () => {
    await requireMember(request);
    const query = readQuery(request, Query);
    const home = query.home ?? DEFAULT_HOME;
    if (!query.values) {
      await homeContext(home); // an unknown home is a 400 even where no value depends on it
      return listMarkets();
    }
    return marketsWithLatestValues(home);
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
