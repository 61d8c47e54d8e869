import type { Redis } from "ioredis";
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";

export declare const MAX_ENTRY_TTL_SECONDS: number;
export declare function redisKeyPrefix(env?: NodeJS.ProcessEnv): string;
export declare function encodeEntry(meta: object, value: Buffer): Buffer;
export declare function decodeEntry(stored: Buffer): { meta: Record<string, unknown>; value: Buffer };
export declare function createRedisCacheHandler(options?: {
  redis?: Redis;
  url?: string;
  prefix?: string;
  log?: (message: string, error?: unknown) => void;
}): CacheHandler;
declare const handler: CacheHandler;
export default handler;
