import { z } from "zod";

import { getPrisma } from "@/lib/db/client";
import { marketProfile } from "@/lib/db/markets";
import { invalidRequest } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const Params = z.object({ iso3: z.string().regex(/^[A-Za-z]{3}$/, "must be an ISO 3166 alpha-3 code such as RUS") });

export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  return respond(async () => {
    const parsed = Params.safeParse(await params);
    if (!parsed.success) throw invalidRequest(parsed.error, "market code");
    return marketProfile(await getPrisma(), parsed.data.iso3.toUpperCase());
  });
}
