import { respond } from "@/lib/http/route";
import { decisionFramework } from "@/lib/server/framework";
import { otherMethods } from "@/lib/http/methods";
import { requireMember } from "@/lib/server/access";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return respond(async () => {
    await requireMember(request);
    return decisionFramework();
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
