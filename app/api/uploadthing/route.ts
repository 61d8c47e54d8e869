import { createRouteHandler } from "uploadthing/next";
import { currentActor } from "@/lib/auth/current";
import { storageFor } from "@/lib/services/storage";
import { uploadthingConfig } from "@/lib/services/storage/drivers/uploadthing-config";
import { buildPublicMediaRouter } from "@/lib/uploads/uploadthing";

// UploadThing's endpoint, for public media only, and only when UPLOADTHING_TOKEN is set (else 404: the
// upload control then sends images to POST /uploads like every other file).
const config = uploadthingConfig();

const handlers = config
  ? createRouteHandler({
      router: buildPublicMediaRouter({
        getActor: currentActor,
        fetchBytes: async (url) => {
          const answer = await fetch(url, { signal: AbortSignal.timeout(15_000) });
          if (!answer.ok) throw new Error(`UploadThing answered ${answer.status} for the uploaded file`);
          return new Uint8Array(await answer.arrayBuffer());
        },
        deleteRemote: (key) => storageFor("UPLOADTHING")!.delete(key),
      }),
      config: { token: config.token, logLevel: "Warning" },
    })
  : null;

const notFound = () => new Response("Not found", { status: 404 });

export const GET = (request: Request) => (handlers ? handlers.GET(request as never) : notFound());
export const POST = (request: Request) => (handlers ? handlers.POST(request as never) : notFound());
