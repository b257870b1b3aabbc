import { toNextJsHandler } from "better-auth/next-js";

import { handleAuthRequest } from "@/lib/server/auth-handler";

// better-auth's endpoints (sign-in, sign-out, session, single sign-on callbacks), through our
// wrapper: per-account sign-in limit, trusted client address, Secure cookies behind HTTPS.
export const { GET, POST } = toNextJsHandler(handleAuthRequest);
export const dynamic = "force-dynamic";
