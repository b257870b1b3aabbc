import { z } from "zod";

import { HomeQuerySchema } from "@/lib/contracts/home";
import { invalidRequest, readQuery } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";
import { marketProfile } from "@/lib/server/markets";
import { otherMethods } from "@/lib/http/methods";
import { requireMember } from "@/lib/server/access";

export const dynamic = "force-dynamic";

const Params = z.object({ iso3: z.string().regex(/^[A-Za-z]{3}$/, "must be an ISO 3166 alpha-3 code such as RUS") });

/** GET /api/v1/markets/{iso3}?home=USA: the profile, home-relative values measured from the home (default CHN). */
export async function GET(request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  return respond(async () => {
    await requireMember(request);
    const parsed = Params.safeParse(await params);
    if (!parsed.success) throw invalidRequest(parsed.error, "market code");
    const { home } = readQuery(request, HomeQuerySchema);
    return marketProfile(parsed.data.iso3.toUpperCase(), home);
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
