import { CreateShareSchema } from "@/lib/contracts/shares";
import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { readOptionalJsonBody, scenarioId } from "@/lib/http/scenarios";
import { routeAccess } from "@/lib/server/access";
import { createShare, listShares } from "@/lib/server/shares";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The scenario's read-only share links, newest first, with their state (editors and owners). */
export async function GET(request: Request, { params }: Context) {
  return respond(async () => listShares(await routeAccess(request), await scenarioId(params)));
}

/** A new link, `{ "days": 1–90 }` (default 14); the answer holds the token, shown this once. */
export async function POST(request: Request, { params }: Context) {
  return respond(
    async () => {
      const access = await routeAccess(request);
      const id = await scenarioId(params);
      return createShare(access, id, await readOptionalJsonBody(request, CreateShareSchema));
    },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
