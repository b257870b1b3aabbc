import { respond } from "@/lib/http/route";
import { decisionFramework } from "@/lib/server/framework";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(decisionFramework);
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
