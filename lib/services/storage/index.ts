import "server-only";

// The storage of private files for the app (lib/services/storage/select.ts decides which driver).
export { privateStorage, storageDirectory, storageDriverName, storageFor } from "./select";
export type { StorageDriver } from "./types";
