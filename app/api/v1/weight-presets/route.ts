import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { weightPresetList } from "@/lib/server/weight-presets";
import { requireMember } from "@/lib/server/access";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return respond(async () => {
    await requireMember(request);
    return weightPresetList();
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
