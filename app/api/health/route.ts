import { respond } from "@/lib/http/route";
import { health } from "@/lib/server/health";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(health);
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
