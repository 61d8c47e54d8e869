// A local stand-in for UploadThing's servers (ingest + file hosting + the REST API), speaking the same
// protocol as the real ones as uploadthing@7 uses it, so the whole browser → our /api/uploadthing →
// ingest → callback → onUploadComplete path runs in tests without the internet:
//   POST /route-metadata        our server registers the file keys it signed (x-uploadthing-api-key)
//   HEAD /<key>?…&signature=…   the browser asks where to resume (x-ut-range-start)
//   PUT  /<key>?…&signature=…   the browser sends the file (multipart "file"); the URL's HMAC and expiry are checked,
//                               the callback is signed and posted to our server, whose answer (serverData) is returned
//   POST /callback-result       our server's answer to the callback (x-uploadthing-api-key)
//   GET  /a/<appId>/<key>       the stored file (ufsUrl, with UPLOADTHING_UFS_APP_ID_LOCATION=path)
//   POST /v6/deleteFiles        UTApi.deleteFiles
// Failure modes kept: a forged or expired URL → 403, an unregistered key → 404, a wrong API key → 401.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });

export const signPayload = (payload, apiKey) => `hmac-sha256=${createHmac("sha256", apiKey).update(payload).digest("hex")}`;

function sameSignature(a, b) {
  const x = Buffer.from(a ?? "");
  const y = Buffer.from(b ?? "");
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startUploadthingIngest({ port = 0, appId = "tianshuitestapp" } = {}) {
  const apiKey = `sk_test_${randomBytes(16).toString("hex")}`;
  const files = new Map(); // key → { bytes, type, name }
  const routes = new Map(); // key → registered metadata
  const waiters = new Map(); // key → resolve(callbackData)
  let base = "";

  const cors = (req) => ({
    "access-control-allow-origin": req.headers.origin ?? "*",
    "access-control-allow-methods": "GET, HEAD, PUT, POST, OPTIONS",
    "access-control-allow-headers": "range, content-type, x-uploadthing-version, b3, traceparent",
    "access-control-expose-headers": "x-ut-range-start",
  });
  const apiKeyOk = (req) => sameSignature(req.headers["x-uploadthing-api-key"], apiKey);

  // The presigned URL our server made: HMAC-SHA256 over the URL up to `&signature=`, and not expired.
  function verifiedKey(req) {
    const full = `${base}${req.url}`;
    const at = full.lastIndexOf("&signature=");
    if (at < 0) return null;
    const url = new URL(full);
    if (!sameSignature(signPayload(full.slice(0, at), apiKey), url.searchParams.get("signature"))) return null;
    if (Number(url.searchParams.get("expires")) < Date.now()) return null;
    return { key: decodeURIComponent(url.pathname.slice(1)), url };
  }

  async function waitForRoute(key) {
    for (let i = 0; i < 50 && !routes.has(key); i++) await new Promise((r) => setTimeout(r, 100));
    return routes.get(key);
  }

  async function handle(req, res) {
    const { pathname } = new URL(req.url, "http://x");
    if (req.method === "OPTIONS") return void res.writeHead(204, cors(req)).end();

    if (req.method === "POST" && pathname === "/route-metadata") {
      if (!apiKeyOk(req)) return json(res, 401, { error: "Invalid API key" });
      const body = JSON.parse((await readBody(req)).toString("utf8"));
      for (const key of body.fileKeys) routes.set(key, body);
      return json(res, 200, { ok: true });
    }

    if (req.method === "POST" && pathname === "/callback-result") {
      if (!apiKeyOk(req)) return json(res, 401, { error: "Invalid API key" });
      const { fileKey, callbackData } = JSON.parse((await readBody(req)).toString("utf8"));
      waiters.get(fileKey)?.(callbackData);
      return json(res, 200, { ok: true });
    }

    if (req.method === "POST" && pathname === "/v6/deleteFiles") {
      if (!apiKeyOk(req)) return json(res, 401, { error: "Invalid API key" });
      const { fileKeys = [] } = JSON.parse((await readBody(req)).toString("utf8"));
      const deletedCount = fileKeys.filter((k) => files.delete(k)).length;
      return json(res, 200, { success: true, deletedCount });
    }

    if ((req.method === "GET" || req.method === "HEAD") && pathname.startsWith(`/a/${appId}/`)) {
      const file = files.get(decodeURIComponent(pathname.slice(`/a/${appId}/`.length)));
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": file.type, "content-length": file.bytes.length, ...cors(req) });
      return void res.end(req.method === "HEAD" ? undefined : file.bytes);
    }

    if (req.method === "HEAD" || req.method === "PUT") {
      const signed = verifiedKey(req);
      if (!signed) return json(res, 403, { error: "Invalid or expired signature" }, cors(req));
      if (req.method === "HEAD") return void res.writeHead(200, { "x-ut-range-start": "0", ...cors(req) }).end();
      const route = await waitForRoute(signed.key);
      if (!route) return json(res, 404, { error: "File key not registered" }, cors(req));
      const form = await new Response(await readBody(req), { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData();
      const part = form.get("file");
      if (!part || typeof part === "string") return json(res, 400, { error: "No file" }, cors(req));
      const bytes = Buffer.from(await part.arrayBuffer());
      const declared = Number(signed.url.searchParams.get("x-ut-file-size"));
      if (bytes.length !== declared) return json(res, 400, { error: "File size does not match" }, cors(req));
      const type = decodeURIComponent(signed.url.searchParams.get("x-ut-file-type") ?? "application/octet-stream");
      const name = decodeURIComponent(signed.url.searchParams.get("x-ut-file-name") ?? "file");
      files.set(signed.key, { bytes, type, name });
      const ufsUrl = `${base}/a/${appId}/${encodeURIComponent(signed.key)}`;
      const file = { name, size: bytes.length, type, customId: null, key: signed.key, url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: createHash("md5").update(bytes).digest("hex") };
      const answer = new Promise((resolve) => {
        waiters.set(signed.key, resolve);
        setTimeout(() => resolve(undefined), 20_000).unref();
      });
      const payload = JSON.stringify({ status: "uploaded", file, origin: base, metadata: route.metadata });
      const callback = new URL(route.callbackUrl);
      if (!callback.searchParams.has("slug")) callback.searchParams.set("slug", route.callbackSlug);
      const hook = await fetch(callback, {
        method: "POST",
        headers: { "content-type": "application/json", "uploadthing-hook": "callback", "x-uploadthing-signature": signPayload(payload, apiKey) },
        body: payload,
      }).catch(() => null);
      if (!hook?.ok) return json(res, 200, { error: "Callback to the app failed" }, cors(req));
      const serverData = route.awaitServerData === false ? null : await answer;
      waiters.delete(signed.key);
      if (route.awaitServerData !== false && serverData === undefined) return json(res, 200, { error: "The app did not answer the callback" }, cors(req));
      return json(res, 200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: file.fileHash, serverData }, cors(req));
    }

    return json(res, 404, { error: "Not found" });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => json(res, 500, { error: String(error?.message ?? error) }));
  });
  await new Promise((resolve) => server.listen(port, "localhost", resolve));
  const address = server.address();
  base = `http://localhost:${address.port}`;
  const token = Buffer.from(JSON.stringify({ apiKey, appId, regions: ["local1"] })).toString("base64");
  return {
    url: base,
    apiKey,
    files,
    // The settings an app instance needs to use this stand-in (UploadThing's own config names).
    env: {
      UPLOADTHING_TOKEN: token,
      UPLOADTHING_INGEST_URL: base,
      UPLOADTHING_API_URL: base,
      UPLOADTHING_UFS_HOST: `localhost:${address.port}`,
      UPLOADTHING_UFS_APP_ID_LOCATION: "path",
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
