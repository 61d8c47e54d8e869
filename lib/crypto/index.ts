import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { LEGACY_KEY_ID, parseBlindIndexKeyring, parseKeyring, type Keyring } from "./keyring";

// Sensitive personal data at rest: AES-256-GCM with the active key of DATA_ENCRYPTION_KEYS (lib/crypto/keyring.ts);
// lookups go through an HMAC blind index keyed separately (BLIND_INDEX_KEYS / BLIND_INDEX_KEY: written with the
// active key, matched against every key of the ring, see blindIndexes).
//
// A ciphertext is `v2:<key id>:<iv>:<tag>:<body>`, and its associated data binds it to where it is stored:
// `<table>.<column>.<row id>`. Decrypting needs the same context, so a ciphertext copied into another row or
// column fails to decrypt. `v1:<iv>:<tag>:<body>` (before key ids) still decrypts with key k1, without
// associated data; `npm run keys:rotate` rewrites those as v2.
export interface CipherContext {
  table: string;
  column: string;
  rowId: string;
}

// Values that are not stored in a table (sealed cookies): the purpose stands for table and column.
export function sealedContext(purpose: string, rowId = "-"): CipherContext {
  return { table: "sealed", column: purpose, rowId };
}

const CONTEXT_PART = /^[A-Za-z0-9_-]+$/;
function associatedData({ table, column, rowId }: CipherContext): Buffer {
  for (const part of [table, column, rowId]) {
    if (!CONTEXT_PART.test(part)) throw new Error(`Invalid encryption context part: ${JSON.stringify(part)}`);
  }
  return Buffer.from(`${table}.${column}.${rowId}`, "utf8");
}

let ring: Keyring | undefined;
let indexRing: Keyring | undefined;

function keyring(): Keyring {
  if (ring) return ring;
  const parsed = parseKeyring();
  if (!parsed.ring) throw new Error(parsed.problems.join("; "));
  return (ring = parsed.ring);
}

function keyById(id: string): Buffer {
  const key = keyring().keys.get(id);
  if (!key) throw new Error(`Data encryption key ${id} is not configured (DATA_ENCRYPTION_KEYS)`);
  return key;
}

function blindIndexKeyring(): Keyring {
  if (indexRing) return indexRing;
  const parsed = parseBlindIndexKeyring();
  if (!parsed.ring) throw new Error(parsed.problems.join("; "));
  return (indexRing = parsed.ring);
}

/** For tests and the rotation command: read DATA_ENCRYPTION_KEYS / DATA_ENCRYPTION_KEY and the blind index keys again. */
export function resetKeyring(): void {
  ring = undefined;
  indexRing = undefined;
}

export function activeKeyId(): string {
  return keyring().active;
}

export function encrypt(plain: string, context: CipherContext): string {
  const kid = keyring().active;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyById(kid), iv);
  cipher.setAAD(associatedData(context));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v2", kid, iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
}

export function decrypt(stored: string, context: CipherContext): string {
  const parts = stored.split(":");
  let kid: string, iv: string, tag: string, body: string | undefined, aad: Buffer | null;
  if (parts[0] === "v2" && parts.length === 5) {
    [, kid, iv, tag, body] = parts;
    aad = associatedData(context);
  } else if (parts[0] === "v1" && parts.length === 4) {
    [, iv, tag, body] = parts;
    kid = LEGACY_KEY_ID;
    aad = null;
  } else {
    throw new Error("Unrecognised ciphertext");
  }
  const decipher = createDecipheriv("aes-256-gcm", keyById(kid), Buffer.from(iv, "base64"));
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
}

/** The key id a stored ciphertext was made with (v1: k1). */
export function keyIdOf(stored: string): string | null {
  const parts = stored.split(":");
  if (parts[0] === "v2" && parts.length === 5) return parts[1];
  if (parts[0] === "v1" && parts.length === 4) return LEGACY_KEY_ID;
  return null;
}

/** Whether `npm run keys:rotate` has to rewrite this ciphertext (old format or not the active key). */
export function needsRotation(stored: string): boolean {
  return !stored.startsWith("v2:") || keyIdOf(stored) !== keyring().active;
}

// The blind index: HMAC-SHA256 of the trimmed, upper-cased value, hex. It carries no key id (a b1 index is the
// index of before key ids), so a lookup tries every key of the ring: blindIndexes.
function hmacIndex(key: Buffer, value: string): string {
  return createHmac("sha256", key).update(value.trim().toUpperCase()).digest("hex");
}

/** The index to store: made with the active blind index key. */
export function blindIndex(value: string): string {
  const { active, keys } = blindIndexKeyring();
  return hmacIndex(keys.get(active)!, value);
}

/**
 * Every index the value may be stored under while keys rotate: the active key's first, then the other keys of
 * BLIND_INDEX_KEYS in their order. A lookup matches any of them (`{ in: blindIndexes(v) }`, `.includes(...)`).
 */
export function blindIndexes(value: string): string[] {
  const { active, keys } = blindIndexKeyring();
  return [active, ...[...keys.keys()].filter((id) => id !== active)].map((id) => hmacIndex(keys.get(id)!, value));
}

export function activeBlindIndexKeyId(): string {
  return blindIndexKeyring().active;
}

// Files (身份证照片) with the same keys, bound to their UploadedFile row:
// "E2" | key id length (1 byte) | key id | iv (12) | tag (16) | ciphertext.
// "E1" | iv | tag | ciphertext (before key ids) still decrypts with k1, without associated data.
const FILE_V1 = Buffer.from("E1");
const FILE_V2 = Buffer.from("E2");

export function fileContext(fileId: string): CipherContext {
  return { table: "UploadedFile", column: "bytes", rowId: fileId };
}

export function encryptBytes(plain: Uint8Array, context: CipherContext): Buffer {
  const kid = keyring().active;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyById(kid), iv);
  cipher.setAAD(associatedData(context));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const id = Buffer.from(kid, "utf8");
  return Buffer.concat([FILE_V2, Buffer.from([id.length]), id, iv, cipher.getAuthTag(), body]);
}

export function fileKeyIdOf(stored: Uint8Array): string | null {
  const data = Buffer.from(stored);
  const marker = data.subarray(0, 2);
  if (marker.equals(FILE_V1)) return LEGACY_KEY_ID;
  if (marker.equals(FILE_V2)) return data.subarray(3, 3 + data[2]).toString("utf8");
  return null;
}

export function decryptBytes(stored: Uint8Array, context: CipherContext): Buffer {
  const data = Buffer.from(stored);
  const marker = data.subarray(0, 2);
  let kid: string, rest: Buffer, aad: Buffer | null;
  if (marker.equals(FILE_V2)) {
    const length = data[2];
    kid = data.subarray(3, 3 + length).toString("utf8");
    rest = data.subarray(3 + length);
    aad = associatedData(context);
  } else if (marker.equals(FILE_V1)) {
    kid = LEGACY_KEY_ID;
    rest = data.subarray(2);
    aad = null;
  } else {
    throw new Error("Unrecognised file ciphertext");
  }
  const decipher = createDecipheriv("aes-256-gcm", keyById(kid), rest.subarray(0, 12));
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(rest.subarray(12, 28));
  return Buffer.concat([decipher.update(rest.subarray(28)), decipher.final()]);
}
