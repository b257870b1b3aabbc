import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { weightPresetList } from "@/lib/server/weight-presets";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(weightPresetList);
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
