// Helpers shared by the seed steps: deterministic randomness and ids, valid synthetic
// 身份证号 / 统一社会信用代码, dates and a uniform "what did this step do" report.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Region } from "@/lib/generated/prisma/enums";
import { idNumberCheckChar } from "@/lib/validation/id-number";
import { usccCheckChar } from "@/lib/validation/uscc";

export type Db = PrismaClient;

/** A cuid-shaped id derived from a stable key, so re-running the seed finds the same rows. */
export function seedId(key: string): string {
  return "c" + createHash("sha256").update(`tianshui-seed:${key}`).digest("hex").slice(0, 24);
}

/** mulberry32: a small seeded PRNG, so every run plans exactly the same data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

// 行政区划代码 of Tianshui's districts and counties.
export const AREA_CODES: Record<Region, string> = {
  QINZHOU: "620502",
  MAIJI: "620503",
  QINAN: "620522",
  GANGU: "620523",
  WUSHAN: "620524",
  QINGSHUI: "620521",
  ZHANGJIACHUAN: "620525",
};

/** A valid 18-digit 身份证号 (GB 11643-1999). `seq` is the 3-digit sequence; odd = male. */
export function makeIdNumber(region: Region, birth: string, seq: number): string {
  const first17 = AREA_CODES[region] + birth.replace(/-/g, "") + String(seq % 1000).padStart(3, "0");
  return first17 + idNumberCheckChar(first17);
}

/** A valid 统一社会信用代码 (GB 32100-2015) for a company registered in Tianshui. */
export function makeUscc(region: Region, body9: string): string {
  if (body9.length !== 9) throw new Error(`USCC body must be 9 characters: ${body9}`);
  const first17 = "91" + AREA_CODES[region] + body9;
  return first17 + usccCheckChar(first17);
}

/** A 9-character organisation part drawn from the GB 32100 charset, starting "MA" like recent codes. */
export function usccBody(r: Rng): string {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let body = "MA7";
  for (let i = 0; i < 6; i++) body += chars[r.int(0, chars.length - 1)];
  return body;
}

export function birthDate(r: Rng, fromYear = 1962, toYear = 1998): string {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function daysFrom(base: Date, days: number, hour = 9, minute = 0): Date {
  const d = new Date(base.getTime() + days * DAY_MS);
  // Hours are Asia/Shanghai office hours, stored in UTC.
  d.setUTCHours(hour - 8, minute, 0, 0);
  return d;
}

/** Local Beijing date (yyyy-mm-dd) at 09:00 Asia/Shanghai. */
export function cst(date: string, hour = 9, minute = 0): Date {
  return new Date(`${date}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+08:00`);
}

export function ymd(date: Date): string {
  const local = new Date(date.getTime() + 8 * 60 * 60 * 1000);
  return local.toISOString().slice(0, 10).replace(/-/g, "");
}

/** Prints one line per step: what it defined, created and found already present. */
export function report(step: string, defined: number, created: number, what = "rows", detail?: string) {
  const present = defined - created;
  const tail = present > 0 ? `, ${present} already present (skipped)` : "";
  console.log(`[seed] ${step}: ${created} ${what} created${tail}${detail ? ` — ${detail}` : ""}`);
}

export async function institutionIdsByName(db: Db): Promise<Map<string, { id: string; type: string }>> {
  const rows = await db.institution.findMany({ select: { id: true, name: true, type: true } });
  return new Map(rows.map((r) => [r.name, { id: r.id, type: r.type }]));
}

export async function userIdsByPhone(db: Db, phones: string[]): Promise<Map<string, string>> {
  const rows = await db.user.findMany({ where: { phone: { in: phones } }, select: { id: true, phone: true } });
  return new Map(rows.map((r) => [r.phone, r.id]));
}

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾";
const GIVEN_MALE = ["建国", "志强", "海军", "国栋", "文博", "晓东", "永刚", "立新", "振华", "宏伟", "俊杰", "鹏飞", "学军", "天明", "少华", "玉龙"];
const GIVEN_FEMALE = ["丽娟", "秀英", "晓燕", "春梅", "雅琴", "慧敏", "桂兰", "婷婷", "小红", "玉霞", "佳怡", "文静", "海燕", "淑芳", "雪梅", "红霞"];

export function personName(r: Rng, male: boolean): string {
  return r.pick([...SURNAMES]) + r.pick(male ? GIVEN_MALE : GIVEN_FEMALE);
}
