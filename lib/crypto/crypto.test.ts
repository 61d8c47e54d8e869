import { createCipheriv, createHmac, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { activeBlindIndexKeyId, activeKeyId, blindIndex, blindIndexes, decrypt, decryptBytes, encrypt, encryptBytes, fileContext, fileKeyIdOf, keyIdOf, needsRotation, resetKeyring } from "@/lib/crypto";
import { devKey, parseBlindIndexKeyring, parseKeyring } from "@/lib/crypto/keyring";
import { maskIdNumber, maskPhone } from "@/lib/mask";
import { hashPassword, verifyPassword } from "@/lib/password";

const where = { table: "LoanApplication", column: "idNumberEnc", rowId: "cabc123" };
const key = (fill: number) => Buffer.alloc(32, fill).toString("base64");

describe("encryption at rest", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetKeyring();
  });

  it("round-trips and never stores the plain text", () => {
    const stored = encrypt("11010519491231002X", where);
    expect(stored).not.toContain("11010519491231002X");
    expect(stored).toMatch(/^v2:k1:/); // the development key is k1
    expect(decrypt(stored, where)).toBe("11010519491231002X");
    expect(encrypt("11010519491231002X", where)).not.toBe(stored); // fresh IV each time
  });
  it("detects tampering", () => {
    const [v, kid, iv, tag, body] = encrypt("年收入 35", where).split(":");
    const flipped = Buffer.from(body, "base64");
    flipped[0] ^= 1;
    expect(() => decrypt([v, kid, iv, tag, flipped.toString("base64")].join(":"), where)).toThrow();
  });
  it("binds a ciphertext to its table, column and row", () => {
    const stored = encrypt("11010519491231002X", where);
    expect(() => decrypt(stored, { ...where, rowId: "cother" })).toThrow();
    expect(() => decrypt(stored, { ...where, column: "annualIncomeEnc" })).toThrow();
    expect(() => decrypt(stored, { ...where, table: "PersonalCertification" })).toThrow();
    expect(() => encrypt("x", { ...where, rowId: "a.b" })).toThrow(/context/);
    const file = encryptBytes(Buffer.from("png bytes"), fileContext("cfile1"));
    expect(decryptBytes(file, fileContext("cfile1")).toString()).toBe("png bytes");
    expect(() => decryptBytes(file, fileContext("cfile2"))).toThrow();
  });
  it("names the key: the first of DATA_ENCRYPTION_KEYS encrypts, the others still decrypt", () => {
    vi.stubEnv("DATA_ENCRYPTION_KEYS", `k1:${key(1)}`);
    resetKeyring();
    const old = encrypt("35", where);
    const oldFile = encryptBytes(Buffer.from("photo"), fileContext("cfile1"));
    expect(keyIdOf(old)).toBe("k1");
    vi.stubEnv("DATA_ENCRYPTION_KEYS", `k2:${key(2)},k1:${key(1)}`);
    resetKeyring();
    expect(activeKeyId()).toBe("k2");
    expect(decrypt(old, where)).toBe("35");
    expect(decryptBytes(oldFile, fileContext("cfile1")).toString()).toBe("photo");
    expect(needsRotation(old)).toBe(true);
    const fresh = encrypt("35", where);
    expect(keyIdOf(fresh)).toBe("k2");
    expect(needsRotation(fresh)).toBe(false);
    expect(fileKeyIdOf(encryptBytes(Buffer.from("photo"), fileContext("cfile1")))).toBe("k2");
    vi.stubEnv("DATA_ENCRYPTION_KEYS", `k2:${key(2)}`); // k1 removed: its ciphertexts are unreadable
    resetKeyring();
    expect(() => decrypt(old, where)).toThrow(/k1 is not configured/);
  });
  it("reads v1 ciphertexts (before key ids) with DATA_ENCRYPTION_KEY as k1", () => {
    vi.stubEnv("DATA_ENCRYPTION_KEY", key(7));
    resetKeyring();
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", Buffer.alloc(32, 7), iv);
    const body = Buffer.concat([cipher.update("620502198503120517", "utf8"), cipher.final()]);
    const v1 = ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
    expect(decrypt(v1, where)).toBe("620502198503120517");
    expect(keyIdOf(v1)).toBe("k1");
    expect(needsRotation(v1)).toBe(true);
    expect(activeKeyId()).toBe("k1");
    vi.stubEnv("DATA_ENCRYPTION_KEYS", `k2:${key(2)}`); // DATA_ENCRYPTION_KEY stays k1 next to the new list
    resetKeyring();
    expect(activeKeyId()).toBe("k2");
    expect(decrypt(v1, where)).toBe("620502198503120517");
  });
  it("refuses malformed key lists and, in production, a missing key", () => {
    expect(parseKeyring({ DATA_ENCRYPTION_KEYS: "k2:short" }).problems.join()).toMatch(/k2 must be 32 bytes/);
    expect(parseKeyring({ DATA_ENCRYPTION_KEYS: `${key(1)}` }).problems.join()).toMatch(/key id/);
    expect(parseKeyring({ DATA_ENCRYPTION_KEYS: `k1:${key(1)},k1:${key(2)}` }).problems.join()).toMatch(/twice/);
    expect(parseKeyring({ NODE_ENV: "production" }).ring).toBeUndefined();
    expect(parseKeyring({ NODE_ENV: "production", DATA_ENCRYPTION_KEYS: `k3:${key(3)}` }).ring?.active).toBe("k3");
    expect(parseKeyring({ NODE_ENV: "test" }).ring?.active).toBe("k1");
  });
  it("gives a stable, case-insensitive blind index", () => {
    expect(blindIndex("11010519491231002x")).toBe(blindIndex("11010519491231002X"));
    expect(blindIndex("11010519491231002X")).not.toBe(blindIndex("110105194912310029"));
  });
});

describe("blind index keys", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetKeyring();
  });
  // The index as it was made before key ids: HMAC-SHA256 of the trimmed, upper-cased value with BLIND_INDEX_KEY.
  const legacy = (keyBytes: Buffer, value: string) => createHmac("sha256", keyBytes).update(value.trim().toUpperCase()).digest("hex");
  const id = " 11010519491231002x ";

  it("BLIND_INDEX_KEY alone is b1 and gives the index of before; so does the development key", () => {
    expect(activeBlindIndexKeyId()).toBe("b1");
    expect(blindIndex(id)).toBe(legacy(devKey("BLIND_INDEX_KEY"), id));
    expect(blindIndexes(id)).toEqual([blindIndex(id)]);
    vi.stubEnv("BLIND_INDEX_KEY", key(5));
    resetKeyring();
    expect(activeBlindIndexKeyId()).toBe("b1");
    expect(blindIndex(id)).toBe(legacy(Buffer.alloc(32, 5), id));
    expect(blindIndexes(id)).toEqual([legacy(Buffer.alloc(32, 5), id)]);
  });

  it("the first of BLIND_INDEX_KEYS writes; lookups get every key's index, the active one first", () => {
    vi.stubEnv("BLIND_INDEX_KEYS", `b1:${key(5)},b2:${key(6)}`); // b2 added second: b1 still writes
    resetKeyring();
    expect(blindIndex(id)).toBe(legacy(Buffer.alloc(32, 5), id));
    expect(blindIndexes(id)).toEqual([legacy(Buffer.alloc(32, 5), id), legacy(Buffer.alloc(32, 6), id)]);
    vi.stubEnv("BLIND_INDEX_KEYS", `b2:${key(6)},b1:${key(5)}`); // b2 moved first
    resetKeyring();
    expect(activeBlindIndexKeyId()).toBe("b2");
    expect(blindIndex(id)).toBe(legacy(Buffer.alloc(32, 6), id));
    expect(blindIndexes(id)).toEqual([legacy(Buffer.alloc(32, 6), id), legacy(Buffer.alloc(32, 5), id)]);
    expect(blindIndexes(id)).toEqual(blindIndexes("11010519491231002X")); // still case-insensitive
    vi.stubEnv("BLIND_INDEX_KEYS", `b2:${key(6)}`); // b1 removed: its indexes no longer match
    resetKeyring();
    expect(blindIndexes(id)).toEqual([legacy(Buffer.alloc(32, 6), id)]);
  });

  it("BLIND_INDEX_KEY stays b1 next to a BLIND_INDEX_KEYS that does not name b1", () => {
    vi.stubEnv("BLIND_INDEX_KEY", key(5));
    vi.stubEnv("BLIND_INDEX_KEYS", `b2:${key(6)}`);
    resetKeyring();
    expect(activeBlindIndexKeyId()).toBe("b2");
    expect(blindIndexes(id)).toEqual([legacy(Buffer.alloc(32, 6), id), legacy(Buffer.alloc(32, 5), id)]);
    const ring = parseBlindIndexKeyring({ BLIND_INDEX_KEY: key(5), BLIND_INDEX_KEYS: `b2:${key(6)},b1:${key(7)}` }).ring!;
    expect(ring.keys.get("b1")).toEqual(Buffer.alloc(32, 7)); // the list's b1 wins
  });

  it("refuses malformed blind index key lists and, in production, a missing key", () => {
    expect(parseBlindIndexKeyring({ BLIND_INDEX_KEYS: "b2:short" }).problems.join()).toMatch(/BLIND_INDEX_KEYS: key b2 must be 32 bytes/);
    expect(parseBlindIndexKeyring({ BLIND_INDEX_KEYS: key(1) }).problems.join()).toMatch(/BLIND_INDEX_KEYS entries are <key id>/);
    expect(parseBlindIndexKeyring({ BLIND_INDEX_KEYS: `b1:${key(1)},b1:${key(2)}` }).problems.join()).toMatch(/twice/);
    expect(parseBlindIndexKeyring({ BLIND_INDEX_KEY: "short" }).problems.join()).toMatch(/BLIND_INDEX_KEY must be 32 bytes/);
    expect(parseBlindIndexKeyring({ NODE_ENV: "production" }).problems.join()).toMatch(/BLIND_INDEX_KEYS \(or BLIND_INDEX_KEY\) is required/);
    expect(parseBlindIndexKeyring({ NODE_ENV: "production", BLIND_INDEX_KEYS: `b3:${key(3)}` }).ring?.active).toBe("b3");
    expect(parseBlindIndexKeyring({ NODE_ENV: "test" }).ring?.active).toBe("b1");
    vi.stubEnv("BLIND_INDEX_KEYS", "b2:short");
    resetKeyring();
    expect(() => blindIndex(id)).toThrow(/BLIND_INDEX_KEYS/);
  });
});

describe("masking", () => {
  it("masks phones and ID numbers as the manual shows", () => {
    expect(maskPhone("18812346116")).toBe("188****6116");
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
  });
});

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const stored = await hashPassword("Tianshui@2026");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "Tianshui@2026")).toBe(true);
    expect(await verifyPassword(stored, "tianshui@2026")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
