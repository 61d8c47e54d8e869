// The server in front of Next (scripts/serve.mjs) appends the socket address to X-Forwarded-For, as a proxy
// would: Next itself only fills the header when the client did not send one, so without this the app could
// not tell a forged header from the real address. lib/request-meta.ts then counts TRUSTED_PROXY_HOPS from
// the right of that list.
export const SOCKET_APPENDED_ENV = "CLIENT_IP_SOCKET_APPENDED";

export function appendSocketAddress(headers, socketAddress) {
  const sent = headers["x-forwarded-for"];
  const list = (Array.isArray(sent) ? sent.join(",") : sent ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  headers["x-forwarded-for"] = [...list, socketAddress || "unknown"].join(", ");
  // X-Real-IP is a client-controlled header here: only X-Forwarded-For is counted.
  delete headers["x-real-ip"];
}
