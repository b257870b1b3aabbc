import { z } from "zod";

import { invalidRequest } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";
import { marketProfile } from "@/lib/server/markets";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const Params = z.object({ iso3: z.string().regex(/^[A-Za-z]{3}$/, "must be an ISO 3166 alpha-3 code such as RUS") });

export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  return respond(async () => {
    const parsed = Params.safeParse(await params);
    if (!parsed.success) throw invalidRequest(parsed.error, "market code");
    return marketProfile(parsed.data.iso3.toUpperCase());
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
