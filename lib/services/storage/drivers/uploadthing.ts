import { Readable } from "node:stream";
import { UTApi } from "uploadthing/server";
import { StoredFileMissingError, type StorageDriver } from "../types";
import type { UploadthingConfig } from "./uploadthing-config";

// UploadThing, for PUBLIC images only (docs/uploads.md). The bytes go from the browser straight to
// UploadThing (components/ui/uploadthing-upload.ts), never through `put`. Downloads still go through
// GET /files/<id>, which streams the file from UploadThing: our headers (nosniff, the name) stay ours, the
// page's CSP stays 'self', and readers in mainland China are not sent to a host outside it.
export function uploadthingDriver(config: UploadthingConfig): StorageDriver {
  const api = new UTApi({ token: config.token });
  return {
    name: "UPLOADTHING",
    async put() {
      throw new Error("UploadThing receives files from the browser; the server never puts bytes there");
    },
    async read(key) {
      const answer = await fetch(config.fileUrl(key), { signal: AbortSignal.timeout(15_000) });
      if (answer.status === 404 || answer.status === 403) throw new StoredFileMissingError(key);
      if (!answer.ok || !answer.body) throw new Error(`UploadThing answered ${answer.status} for ${key}`);
      return Readable.fromWeb(answer.body as never);
    },
    async delete(key) {
      await api.deleteFiles(key);
    },
    async authorisedUrl(_key, fileId) {
      return `/files/${fileId}`;
    },
  };
}
