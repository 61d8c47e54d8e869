import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import type { CacheEntry, CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import { createRedisCacheHandler, MAX_ENTRY_TTL_SECONDS } from "./redis-cache-handler.mjs";

// The 'use cache' handler of several instances: two handlers (two app instances) on one Redis see each
// other's entries and tag invalidations. Against the Redis of REDIS_URL when set, else a small fake.

type Stored = { value: Buffer | Record<string, string>; ttl?: number };

// What the handler uses of ioredis, in memory.
function fakeRedis() {
  const data = new Map<string, Stored>();
  const hash = (key: string) => {
    const entry = data.get(key);
    if (entry && !Buffer.isBuffer(entry.value)) return entry.value;
    const fresh: Record<string, string> = {};
    data.set(key, { value: fresh });
    return fresh;
  };
  const client = {
    data,
    async getBuffer(key: string) {
      const entry = data.get(key);
      return entry && Buffer.isBuffer(entry.value) ? entry.value : null;
    },
    async set(key: string, value: Buffer, _ex: "EX", ttl: number) {
      data.set(key, { value, ttl });
      return "OK";
    },
    pipeline() {
      const ops: (() => unknown)[] = [];
      const p = {
        hmget: (key: string, ...fields: string[]) => (ops.push(() => fields.map((f) => (data.get(key)?.value as Record<string, string> | undefined)?.[f] ?? null)), p),
        hset: (key: string, field: string, value: number) => (ops.push(() => ((hash(key)[field] = String(value)), 1)), p),
        expire: (key: string, ttl: number) => (ops.push(() => ((data.get(key)!.ttl = ttl), 1)), p),
        exec: async () => ops.map((op) => [null, op()]),
      };
      return p;
    },
  };
  return client;
}

const prefix = `test-cache-${process.pid}-${Date.now()}:`;
const realUrl = process.env.REDIS_URL?.trim();
const clients: Redis[] = [];

function backends(): [string, () => { a: CacheHandler; b: CacheHandler; ttlOf: (key: string) => Promise<number> }][] {
  const fake = (): ReturnType<ReturnType<typeof backends>[number][1]> => {
    const redis = fakeRedis();
    const make = () => createRedisCacheHandler({ redis: redis as unknown as Redis, prefix, log: () => {} });
    return { a: make(), b: make(), ttlOf: async (key) => redis.data.get(key)?.ttl ?? -2 };
  };
  const list: ReturnType<typeof backends> = [["fake Redis", fake]];
  if (realUrl) {
    list.push([
      "Redis of REDIS_URL",
      () => {
        const make = () => {
          const redis = new Redis(realUrl, { keyPrefix: prefix });
          clients.push(redis);
          return createRedisCacheHandler({ redis, prefix });
        };
        const probe = new Redis(realUrl, { keyPrefix: prefix });
        clients.push(probe);
        return { a: make(), b: make(), ttlOf: (key) => probe.ttl(key) };
      },
    ]);
  }
  return list;
}

afterAll(async () => {
  if (realUrl) {
    const redis = new Redis(realUrl);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
  await Promise.all(clients.map((c) => c.quit()));
});

function entry(text: string, tags: string[], extra: Partial<CacheEntry> = {}): CacheEntry {
  return {
    value: new Blob([text]).stream() as ReadableStream<Uint8Array>,
    tags,
    stale: 300,
    timestamp: Date.now(),
    expire: 3600,
    revalidate: 600,
    ...extra,
  };
}

async function text(found: CacheEntry | undefined) {
  return found ? new Response(found.value).text() : undefined;
}

describe.each(backends())("Redis cache handler (%s)", (_name, setup) => {
  it("an entry written by one instance is read by the other, with a TTL from its expire", async () => {
    const { a, b, ttlOf } = setup();
    await a.set("k1", Promise.resolve(entry("产品列表", ["catalogue:products"])));
    const found = await b.get("k1", []);
    expect(await text(found)).toBe("产品列表");
    expect(found).toMatchObject({ tags: ["catalogue:products"], revalidate: 600, expire: 3600 });
    // Each get hands out a fresh stream.
    expect(await text(await b.get("k1", []))).toBe("产品列表");
    const ttl = await ttlOf("cache:k1");
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it("bounds the TTL and does not store dynamic entries", async () => {
    const { a, b, ttlOf } = setup();
    await a.set("k-long", Promise.resolve(entry("x", [], { expire: 10 ** 9 })));
    expect(await ttlOf("cache:k-long")).toBeLessThanOrEqual(MAX_ENTRY_TTL_SECONDS);
    await a.set("k-dynamic", Promise.resolve(entry("x", [], { expire: 0 })));
    expect(await b.get("k-dynamic", [])).toBeUndefined();
  });

  it("a tag expired on one instance hides the entry on the other (updateTag)", async () => {
    const { a, b } = setup();
    await a.set("k2", Promise.resolve(entry("旧", ["catalogue:product:p1"], { timestamp: Date.now() - 10 })));
    expect(await text(await b.get("k2", []))).toBe("旧");
    await a.updateTags(["catalogue:product:p1"]);
    expect(await b.get("k2", [])).toBeUndefined();
    expect(await b.getExpiration(["catalogue:product:p1", "never-used"])).toBeGreaterThan(0);
    expect(await b.getExpiration(["never-used"])).toBe(0);
    // An entry written after the invalidation is served again.
    await new Promise((r) => setTimeout(r, 5));
    await b.set("k2", Promise.resolve(entry("新", ["catalogue:product:p1"])));
    expect(await text(await a.get("k2", []))).toBe("新");
  });

  it("a stale tag (revalidateTag with a profile) serves the entry once more for a background refresh", async () => {
    const { a, b } = setup();
    await a.set("k3", Promise.resolve(entry("统计", ["catalogue:applications"], { timestamp: Date.now() - 10 })));
    await b.updateTags(["catalogue:applications"], {});
    const found = await a.get("k3", []);
    expect(await text(found)).toBe("统计");
    expect(found?.revalidate).toBe(-1);
  });

  it("a read waits for this instance's pending write of the same key", async () => {
    const { a } = setup();
    let resolve: (e: CacheEntry) => void = () => {};
    const pending = new Promise<CacheEntry>((r) => (resolve = r));
    const setting = a.set("k4", pending);
    const reading = a.get("k4", []);
    resolve(entry("稍后", []));
    await setting;
    expect(await text(await reading)).toBe("稍后");
  });
});
