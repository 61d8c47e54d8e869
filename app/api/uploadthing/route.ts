import { createRouteHandler } from "uploadthing/next";
import { UTApi } from "uploadthing/server";
import { currentActor } from "@/lib/auth/current";
import { buildPublicMediaRouter } from "@/lib/uploads/uploadthing";

// UploadThing's endpoint, for public media only, and only when UPLOADTHING_TOKEN is set (else 404).
const token = process.env.UPLOADTHING_TOKEN?.trim();

const handlers = token
  ? createRouteHandler({
      router: buildPublicMediaRouter({
        getActor: currentActor,
        fetchBytes: async (url) => new Uint8Array(await (await fetch(url, { signal: AbortSignal.timeout(15_000) })).arrayBuffer()),
        deleteRemote: async (key) => void (await new UTApi({ token }).deleteFiles(key)),
      }),
      config: { token },
    })
  : null;

const notFound = () => new Response("Not found", { status: 404 });

export const GET = (request: Request) => (handlers ? handlers.GET(request as never) : notFound());
export const POST = (request: Request) => (handlers ? handlers.POST(request as never) : notFound());
