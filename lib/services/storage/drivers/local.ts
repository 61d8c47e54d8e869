import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { StoredFileMissingError, type StorageDriver } from "../types";

// Files on the server's disk, outside public/ so that nothing is served without the download
// route's check. Keys are made by the server (random, no user text), and are checked again here so
// that no key can ever leave the directory.
const KEY = /^[a-z0-9-]+\/[A-Za-z0-9_-]{16,64}$/;

export function localDriver(directory: string): StorageDriver {
  const root = path.resolve(directory);
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    name: "LOCAL",
    async put(key, bytes) {
      const file = pathOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
    },
    async read(key) {
      const file = pathOf(key);
      const found = await stat(file).catch(() => null);
      if (!found?.isFile()) throw new StoredFileMissingError(key);
      return createReadStream(file) as Readable;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async authorisedUrl(_key, fileId) {
      return `/files/${fileId}`;
    },
  };
}
