import { describe, expect, it } from "vitest";
import { blindIndex, decrypt, encrypt } from "@/lib/crypto";
import { maskIdNumber, maskPhone } from "@/lib/mask";
import { hashPassword, verifyPassword } from "@/lib/password";

describe("encryption at rest", () => {
  it("round-trips and never stores the plain text", () => {
    const stored = encrypt("11010519491231002X");
    expect(stored).not.toContain("11010519491231002X");
    expect(decrypt(stored)).toBe("11010519491231002X");
    expect(encrypt("11010519491231002X")).not.toBe(stored); // fresh IV each time
  });
  it("detects tampering", () => {
    const [v, iv, tag, body] = encrypt("年收入 35").split(":");
    const flipped = Buffer.from(body, "base64");
    flipped[0] ^= 1;
    expect(() => decrypt([v, iv, tag, flipped.toString("base64")].join(":"))).toThrow();
  });
  it("gives a stable, case-insensitive blind index", () => {
    expect(blindIndex("11010519491231002x")).toBe(blindIndex("11010519491231002X"));
    expect(blindIndex("11010519491231002X")).not.toBe(blindIndex("110105194912310029"));
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
