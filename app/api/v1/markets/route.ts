import { z } from "zod";

import { getPrisma } from "@/lib/db/client";
import { listMarkets, marketsWithLatestValues } from "@/lib/db/markets";
import { invalidRequest } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const Query = z.object({ values: z.enum(["latest"]).optional() }).strict();

/** GET /api/v1/markets; `?values=latest` adds each market's latest indicator values. */
export function GET(request: Request) {
  return respond(async () => {
    const query = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw invalidRequest(query.error, "query string");
    const prisma = await getPrisma();
    return query.data.values ? marketsWithLatestValues(prisma) : listMarkets(prisma);
  });
}
