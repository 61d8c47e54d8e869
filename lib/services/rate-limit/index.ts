import "server-only";
import Redis from "ioredis";
import { RateLimiterPrisma, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/lib/db";

// Rate limits (rate-limiter-flexible). Default store: the RateLimit table of the app's own database;
// with REDIS_URL set, Redis, so that several app instances share one count.
// Each policy allows `points` attempts per `duration` seconds and key (an IP, a phone, ...).
// Per-IP limits are generous because a whole office or village may share one address behind NAT;
// the per-phone limits, the lockout and the human check stop guessing on one account.
export const RATE_LIMITS = {
  "login-ip": { points: 200, duration: 15 * 60 },
  "login-phone": { points: 10, duration: 15 * 60 },
  // A phone without an account locks like an account (5 failures → 15 minutes), so that the lock tells nothing.
  "login-unknown-phone": { points: 4, duration: 7 * 24 * 3600, blockDuration: 15 * 60 },
  "sms-ip": { points: 60, duration: 60 * 60 },
  "register-ip": { points: 60, duration: 60 * 60 },
  // 忘记密码: per address like login's, tighter (each try also needs an SMS code).
  "reset-ip": { points: 30, duration: 15 * 60 },
  // The second factor of staff and 金融办 (lib/auth/second-factor): 6 digits are guessable only with many tries.
  "second-factor-user": { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  "sso-mock-login-ip": { points: 30, duration: 15 * 60 },
  // Per user (lib/domain/limits.ts): applications, 咨询 and 活动报名 a day — far above what a person files
  // (an enterprise applies to a few banks), far below what a script with one account would.
  "user-application": { points: 200, duration: 24 * 3600 },
  "user-consultation": { points: 50, duration: 24 * 3600 },
  "user-registration": { points: 50, duration: 24 * 3600 },
  // 我要约谈: a few a day is already a busy investor; one open request per target is kept by the database.
  "user-meeting": { points: 20, duration: 24 * 3600 },
  // 融资需求 go to every matching institution at once: fewer a day than applications.
  "user-demand": { points: 20, duration: 24 * 3600 },
  // Uploads per user (lib/uploads/limits.ts): files an hour, and kilobytes a day (24 hours from the first
  // upload). A 个人认证 takes 2 files, a 股权融资 project 2, an admin's day of covers a dozen.
  "upload-user-files": { points: 30, duration: 60 * 60 },
  "upload-user-kb": { points: 200 * 1024, duration: 24 * 3600 },
  // One use per human-check solution: the key is the challenge nonce (see lib/services/captcha).
  "human-check-replay": { points: 1, duration: 30 * 60 },
} as const satisfies Record<string, { points: number; duration: number; blockDuration?: number }>;

export type RateLimitName = keyof typeof RATE_LIMITS;
export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

const state = globalThis as { __rateLimiters?: Map<string, RateLimiterAbstract>; __redis?: Redis };

// REDIS_KEY_PREFIX (default "tianshui:") keeps several deployments, or a test, apart on one Redis.
function redisClient(url: string): Redis {
  const keyPrefix = process.env.REDIS_KEY_PREFIX?.trim() || "tianshui:";
  return (state.__redis ??= new Redis(url, { keyPrefix, maxRetriesPerRequest: 1, commandTimeout: 2000 }));
}

function limiter(name: RateLimitName): RateLimiterAbstract {
  const limiters = (state.__rateLimiters ??= new Map());
  const redisUrl = process.env.REDIS_URL?.trim();
  const cacheKey = `${redisUrl ? "redis" : "db"}:${name}`;
  let instance = limiters.get(cacheKey);
  if (!instance) {
    const options = { keyPrefix: `rl:${name}`, ...RATE_LIMITS[name] };
    instance = redisUrl
      ? new RateLimiterRedis({ ...options, storeClient: redisClient(redisUrl) })
      : new RateLimiterPrisma({ ...options, storeClient: db, tableName: "rateLimit" });
    limiters.set(cacheKey, instance);
  }
  return instance;
}

// Counts one attempt (or `points` of a budget). A store failure is thrown (fail closed): no limit, no login.
export async function consumeRateLimit(name: RateLimitName, key: string, points = 1): Promise<RateLimitResult> {
  try {
    const res = await limiter(name).consume(key, points);
    return { ok: true, remaining: res.remainingPoints };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    throw error;
  }
}

export async function resetRateLimit(name: RateLimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

export function retryAfterText(seconds: number): string {
  return seconds >= 60 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`;
}
