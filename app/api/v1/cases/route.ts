import { CasesQuerySchema } from "@/lib/contracts/case-library";
import { readQuery } from "@/lib/http/errors";
import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { caseLibrary } from "@/lib/server/cases";
import { requireMember } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** GET /api/v1/cases?host=&home=&mode=&outcome=: the documented market entries, filtered. */
export function GET(request: Request) {
  return respond(async () => {
    await requireMember(request);
    return caseLibrary(readQuery(request, CasesQuerySchema));
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
