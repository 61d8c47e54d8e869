import { createHash, createHmac } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

// TOTP (RFC 6238: SHA-1, 6 digits, 30 seconds — what every authenticator app reads from a QR code).
export const TOTP_PERIOD_S = 30;
const ISSUER = "天水市智慧金融服务平台";

// The demo factor of the seeded staff and 金融办 accounts outside production (README, docs/security.md):
// add it to any authenticator app by hand. The seed never gives it to an account in production.
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPTIANSHUIDEMOTWOK";

function totpOf(secretBase32: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_S, secret: Secret.fromBase32(secretBase32) });
}

export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S);
}

// The 30-second step a code belongs to (one step of clock drift either side), or null when it is wrong.
export function matchingStep(secretBase32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : stepAt(now) + delta;
}

export function codeAt(secretBase32: string, now: Date): string {
  return totpOf(secretBase32).generate({ timestamp: now.getTime() });
}

// A secret derived from the pending session while the user enrols: the enrolment page shows the same QR code
// however often it is rendered (also after a wrong code), and nothing is written before the code proves the scan.
export function enrolmentSecret(sessionId: string, key: Buffer): string {
  const bytes = createHmac("sha256", key).update(`totp-enrolment:${sessionId}`).digest().subarray(0, 20);
  return new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer }).base32;
}

export function otpauthUri(secretBase32: string, phone: string): string {
  return totpOf(secretBase32, phone).toString();
}

// The QR code as an SVG document made on the server (no script, no outside request).
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1, width: 200 });
}

// Recovery codes: 10 codes of 12 characters from a 32-letter alphabet (60 bits each), shown once, stored as
// SHA-256 (a slow hash adds nothing to 60 random bits and would make each try ten argon2 runs). Derived from
// a secret seed like the enrolment secret, so the enrolment page shows the same codes on every render.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const RECOVERY_CODE_COUNT = 10;

export function recoveryCodesFromSeed(seed: Buffer, count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, (_, i) => {
    const bytes = createHmac("sha256", seed).update(`recovery-code:${i}`).digest();
    const chars = Array.from(bytes.subarray(0, 12), (b) => ALPHABET[b & 31]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function hashRecoveryCode(input: string): string {
  return createHash("sha256").update(`recovery:${normaliseRecoveryCode(input)}`).digest("hex");
}
