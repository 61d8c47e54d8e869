import "server-only";
import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { decrypt, encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";

// The mock provider's RS256 key pair: generated on first use, kept in the database (private half
// encrypted), shared by every app instance. Nothing is downloaded.
export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

let cached: Promise<SigningKey> | undefined;

async function load(): Promise<SigningKey> {
  let row = await db.ssoMockKey.findFirst({ orderBy: { createdAt: "asc" } });
  if (!row) {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
    const kid = randomBytes(8).toString("hex");
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
    await db.ssoMockKey.create({
      data: { kid, privateJwkEnc: encrypt(JSON.stringify(await exportJWK(privateKey)), column("SsoMockKey", "privateJwkEnc", kid)), publicJwk },
    });
    // Two instances may race on the first start: everyone uses the oldest key.
    row = await db.ssoMockKey.findFirst({ orderBy: { createdAt: "asc" } });
    if (!row) throw new Error("SSO mock key vanished");
  }
  const publicJwk = row.publicJwk as JWK;
  const privateKey = (await importJWK(JSON.parse(decrypt(row.privateJwkEnc, column("SsoMockKey", "privateJwkEnc", row.kid))) as JWK, "RS256")) as CryptoKey;
  const publicKey = (await importJWK(publicJwk, "RS256")) as CryptoKey;
  return { kid: row.kid, privateKey, publicKey, publicJwk };
}

export function signingKey(): Promise<SigningKey> {
  const pending = (cached ??= load());
  pending.catch(() => (cached = undefined));
  return pending;
}
