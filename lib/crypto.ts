import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { isProductionDeployment } from "./env";

// Sensitive personal data at rest: AES-256-GCM with a key from DATA_ENCRYPTION_KEY
// (32 bytes, base64); lookups go through an HMAC blind index keyed separately.
// Outside a production deployment (APP_ENV) a fixed development key is derived so the demo runs without setup.
const VERSION = "v1";

function keyFromEnv(name: string): Buffer {
  const raw = process.env[name]?.trim();
  if (raw) {
    const key = Buffer.from(raw, "base64");
    if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
    return key;
  }
  if (isProductionDeployment()) {
    throw new Error(`${name} is required in production (32 random bytes, base64)`);
  }
  return createHash("sha256").update(`tianshui-dev-only:${name}`).digest();
}

let keys: { enc: Buffer; index: Buffer } | undefined;
function getKeys() {
  return (keys ??= { enc: keyFromEnv("DATA_ENCRYPTION_KEY"), index: keyFromEnv("BLIND_INDEX_KEY") });
}

export function encrypt(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", getKeys().enc, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
}

export function decrypt(stored: string): string {
  const [version, iv, tag, body] = stored.split(":");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Unrecognised ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", getKeys().enc, Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
}

export function blindIndex(value: string): string {
  return createHmac("sha256", getKeys().index).update(value.trim().toUpperCase()).digest("hex");
}

// Files (身份证照片) with the same key: iv (12 bytes) | tag (16) | ciphertext, behind a 2-byte marker.
const FILE_MARKER = Buffer.from("E1");

export function encryptBytes(plain: Uint8Array): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", getKeys().enc, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([FILE_MARKER, iv, cipher.getAuthTag(), body]);
}

export function decryptBytes(stored: Uint8Array): Buffer {
  const data = Buffer.from(stored);
  if (!data.subarray(0, 2).equals(FILE_MARKER)) throw new Error("Unrecognised file ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", getKeys().enc, data.subarray(2, 14));
  decipher.setAuthTag(data.subarray(14, 30));
  return Buffer.concat([decipher.update(data.subarray(30)), decipher.final()]);
}
