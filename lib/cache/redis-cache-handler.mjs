// The 'use cache' handler of a deployment with several app instances (REDIS_URL set; next.config.ts
// configures it as `cacheHandlers.default`). Entries and tag invalidations live in Redis, so a product
// changed through one instance is read fresh by every other (docs/architecture.md, "Several instances").
// Without REDIS_URL Next keeps its in-memory LRU and this file is not loaded.
//
// Next loads this module itself at run time (plain Node, not bundled): plain JavaScript, no path aliases.
// The interface: next/dist/server/lib/cache-handlers/types.d.ts (Next 16); the semantics follow Next's
// default handler (default.js): a tag expired after an entry was written hides it, a stale tag (revalidateTag
// with a profile) serves it once more and has it recomputed.
import Redis from "ioredis";

// An entry lives in Redis for its `expire` (Next ignores older entries anyway), at most a day.
export const MAX_ENTRY_TTL_SECONDS = 24 * 3600;
// A tag's invalidation time must outlive every entry it may hide.
const TAG_TTL_SECONDS = 2 * MAX_ENTRY_TTL_SECONDS;

const now = () => Math.round(performance.timeOrigin + performance.now());

export function redisKeyPrefix(env = process.env) {
  return env.REDIS_KEY_PREFIX?.trim() || "tianshui:";
}

/** @param {Buffer} buffer */
function streamFromBuffer(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

/** @param {ReadableStream<Uint8Array>} stream */
async function bufferFromStream(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

// One Redis value per entry: 4 bytes of header length, the JSON header (the entry without its value), the value.
/** @param {object} meta @param {Buffer} value */
export function encodeEntry(meta, value) {
  const header = Buffer.from(JSON.stringify(meta), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, value]);
}

/** @param {Buffer} stored */
export function decodeEntry(stored) {
  const length = stored.readUInt32BE(0);
  const meta = JSON.parse(stored.subarray(4, 4 + length).toString("utf8"));
  return { meta, value: stored.subarray(4 + length) };
}

/**
 * @param {{ redis?: import("ioredis").Redis, url?: string, prefix?: string, log?: (message: string, error?: unknown) => void }} [options]
 * @returns {import("next/dist/server/lib/cache-handlers/types").CacheHandler}
 */
export function createRedisCacheHandler(options = {}) {
  const prefix = options.prefix ?? redisKeyPrefix();
  const redis =
    options.redis ??
    new Redis(options.url ?? process.env.REDIS_URL ?? "", {
      keyPrefix: prefix,
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
    });
  const log = options.log ?? ((message, error) => console.error(`[cache] ${message}`, error ?? ""));
  const entryKey = (cacheKey) => `cache:${cacheKey}`;
  const tagKey = (tag) => `tag:${tag}`;
  // A read of an entry this instance is still writing waits for it (the interface asks so).
  const pendingSets = new Map();

  /** @param {string[]} tags @returns {Promise<{ expired?: number, stale?: number }[]>} */
  async function tagStates(tags) {
    if (tags.length === 0) return [];
    const pipeline = redis.pipeline();
    for (const tag of tags) pipeline.hmget(tagKey(tag), "expired", "stale");
    const results = (await pipeline.exec()) ?? [];
    return results.map(([error, fields]) => {
      if (error) throw error;
      const [expired, stale] = /** @type {(string | null)[]} */ (fields);
      return { expired: expired ? Number(expired) : undefined, stale: stale ? Number(stale) : undefined };
    });
  }

  return {
    async get(cacheKey) {
      const pending = pendingSets.get(cacheKey);
      if (pending) await pending;
      try {
        const stored = await redis.getBuffer(entryKey(cacheKey));
        if (!stored) return undefined;
        const { meta, value } = decodeEntry(stored);
        if (meta.expire < 0) return undefined;
        const at = now();
        let revalidate = meta.revalidate;
        for (const state of await tagStates(meta.tags)) {
          // Expired after the entry was written (and not in the future): a miss.
          if (state.expired !== undefined && state.expired <= at && state.expired > meta.timestamp) return undefined;
          // Stale after it was written: served once more while Next recomputes it.
          if (state.stale !== undefined && state.stale > meta.timestamp) revalidate = -1;
        }
        return { ...meta, revalidate, value: streamFromBuffer(value) };
      } catch (error) {
        log(`get ${cacheKey} failed`, error);
        return undefined;
      }
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
      try {
        const entry = await pendingEntry;
        // An `expire: 0` entry is dynamic: Next recomputes it on every read, storing it would be wasted.
        if (entry.expire === 0) return;
        const value = await bufferFromStream(entry.value);
        const { value: _value, ...meta } = entry;
        const ttl = Math.max(1, Math.min(MAX_ENTRY_TTL_SECONDS, Math.ceil(entry.expire)));
        await redis.set(entryKey(cacheKey), encodeEntry(meta, value), "EX", ttl);
      } catch (error) {
        log(`set ${cacheKey} failed`, error);
      } finally {
        pendingSets.delete(cacheKey);
        done();
      }
    },

    // Tags are read from Redis at each check: nothing to load per request.
    async refreshTags() {},

    async getExpiration(tags) {
      try {
        const states = await tagStates(tags);
        return Math.max(0, ...states.map((state) => state.expired ?? 0));
      } catch (error) {
        log("getExpiration failed", error);
        return 0;
      }
    },

    async updateTags(tags, durations) {
      const at = now();
      const pipeline = redis.pipeline();
      for (const tag of tags) {
        if (durations) {
          pipeline.hset(tagKey(tag), "stale", at);
          if (durations.expire !== undefined) pipeline.hset(tagKey(tag), "expired", at + durations.expire * 1000);
        } else {
          pipeline.hset(tagKey(tag), "expired", at);
        }
        pipeline.expire(tagKey(tag), TAG_TTL_SECONDS);
      }
      try {
        const results = (await pipeline.exec()) ?? [];
        const failed = results.find(([error]) => error);
        if (failed) throw failed[0];
      } catch (error) {
        // The other instances keep serving what this tag covers until its lifetime ends.
        log(`updateTags ${tags.join(",")} failed`, error);
      }
    },
  };
}

// The handler Next loads: one Redis connection per server process, opened at the first use.
/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler | undefined} */
let shared;
const handler = () => (shared ??= createRedisCacheHandler());

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const lazyHandler = {
  get: (cacheKey, softTags) => handler().get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => handler().set(cacheKey, pendingEntry),
  refreshTags: () => handler().refreshTags(),
  getExpiration: (tags) => handler().getExpiration(tags),
  updateTags: (tags, durations) => handler().updateTags(tags, durations),
};

export default lazyHandler;
