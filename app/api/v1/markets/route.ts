import { z } from "zod";

import { readQuery } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";
import { listMarkets, marketsWithLatestValues } from "@/lib/server/markets";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const Query = z.object({ values: z.enum(["latest"]).optional() }).strict();

/** GET /api/v1/markets; `?values=latest` adds each market's latest indicator values. */
export function GET(request: Request) {
  return respond(async () => {
    const query = readQuery(request, Query);
    return query.values ? marketsWithLatestValues() : listMarkets();
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
