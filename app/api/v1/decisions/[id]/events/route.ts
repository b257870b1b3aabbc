import { decisionEventStream } from "@/lib/http/decision-events";
import { decisionId } from "@/lib/http/decisions";
import { otherMethods } from "@/lib/http/methods";
import { errorResponse } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { assertDecisionReadable, decisionRevision } from "@/lib/server/decisions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Server-sent events: `event: revision` (data: revision, status, submitted) whenever the decision
 * changes on any instance; 401/403/404 as JSON before the stream starts.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const access = await routeAccess(request);
    const id = await decisionId(params);
    await assertDecisionReadable(access, id);
    const stream = decisionEventStream(() => decisionRevision(access, id), request.signal);
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
