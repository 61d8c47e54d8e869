import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/password";
import type { RequestMeta } from "@/lib/request-meta";
import { createHumanCheckChallenge } from "@/lib/services/captcha";
import { usccCheckChar } from "@/lib/validation/uscc";

// Test helpers for the accounts feature. The human check is solved for real (proof of work with
// altcha-lib, as the browser widget does); tests only lower its difficulty to stay fast.
process.env.ALTCHA_MAX_COUNTER ??= "40";
process.env.ALTCHA_COST ??= "100";

export const PASSWORD = "Tianshui@2026";

export async function solvedHumanCheck(): Promise<string> {
  const challenge = await createHumanCheckChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("could not solve the human check");
  return Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString("base64");
}

let counter = 0;
// A fresh phone number per call (the 170 block is not used by the seed).
export function freshPhone(): string {
  counter += 1;
  return `170${String(process.pid % 10000).padStart(4, "0")}${String(counter).padStart(4, "0")}`;
}

export function freshUscc(): string {
  const body = `91620502MA7${String(process.pid % 1000).padStart(3, "0")}${String(++counter).padStart(3, "0")}`;
  return body + usccCheckChar(body);
}

export function meta(ip = "203.0.113.10"): RequestMeta {
  return { ip, userAgent: "vitest" };
}

export async function createUser(options: { phone?: string; password?: string; role?: Role; name?: string } = {}) {
  return db.user.create({
    data: {
      phone: options.phone ?? freshPhone(),
      passwordHash: await hashPassword(options.password ?? PASSWORD),
      role: options.role ?? "PERSONAL",
      name: options.name ?? "测试用户",
    },
  });
}

export function minutesLater(base: Date, minutes: number): Date {
  return new Date(base.getTime() + minutes * 60_000);
}
