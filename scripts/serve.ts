// Serves the production build (started by scripts/start.ts, which has migrated and seeded the
// database) through Node's own HTTP server with Next.js's request handler, instead of `next start`:
// one place where every request, page or API, passes, so each gets a request id and one log line.
import http from "node:http";

import next from "next";

import { parseEnv } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER, withRequestLog } from "@/lib/http/log";
import { logger } from "@/lib/log";

const env = parseEnv();
const log = logger();
const app = next({ dev: false, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer(
  withRequestLog((request, response) => {
    // The address of the connection, for the per-address sign-in limit (lib/server/auth-handler.ts):
    // set here for every request, so a client's own header of that name never gets through.
    request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    handle(request, response).catch((error: unknown) => {
      log.error({ err: error }, "request handler failed");
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  }, log),
);

server.listen(env.PORT, env.HOST, () => log.info({ url: env.OUTBOUND_URL, host: env.HOST, port: env.PORT }, "ready"));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log.info({ signal }, "stopping");
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
