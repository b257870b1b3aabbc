import { pureCommands } from "@/lib/commands/engine-commands";
import { readBodyText, respond } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";
import { requireMember } from "@/lib/server/access";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return respond(async () => {
    await requireMember(request);
    return pureCommands.score(await readBodyText(request));
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
