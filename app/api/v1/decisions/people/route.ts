import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { decisionPeople } from "@/lib/server/decisions";

export const dynamic = "force-dynamic";

/** The workspace's members a facilitator can invite to a decision. */
export async function GET(request: Request) {
  return respond(async () => decisionPeople(await routeAccess(request)));
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
