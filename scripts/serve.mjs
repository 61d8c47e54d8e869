// The production server: Next.js behind a plain node:http server, so that the app can see the socket
// address (scripts/lib/client-ip.mjs). Same behaviour as `next start -p PORT` otherwise.
// Usage: NODE_ENV=production node scripts/serve.mjs [port] — npm start and the e2e server run it.
import http from "node:http";
import next from "next";
import { appendSocketAddress, SOCKET_APPENDED_ENV } from "./lib/client-ip.mjs";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env[SOCKET_APPENDED_ENV] = "1";
const port = Number(process.argv[2] || process.env.PORT || 3000);

const app = next({ dev: false, dir: process.cwd(), port });
// prepare() runs instrumentation.ts, which refuses a production start without its keys (lib/deployment.ts).
await app.prepare();
const handle = app.getRequestHandler();

http
  .createServer((req, res) => {
    appendSocketAddress(req.headers, req.socket.remoteAddress);
    handle(req, res);
  })
  .listen(port, () => console.log(`[serve] listening on port ${port}`));
