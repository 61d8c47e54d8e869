import { createHash } from "node:crypto";
import { isProductionDeployment } from "../env";

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

// The data keys by id. DATA_ENCRYPTION_KEYS="k2:<base64>,k1:<base64>": the first is the active key (new
// ciphertexts), the others still decrypt until `npm run keys:rotate` has moved everything off them.
// DATA_ENCRYPTION_KEY (the single key of before) is key id k1 when DATA_ENCRYPTION_KEYS does not name k1.
// Outside a production deployment, with neither set, a fixed development key is derived as k1.
export interface Keyring {
  active: string;
  keys: ReadonlyMap<string, Buffer>;
}

export const LEGACY_KEY_ID = "k1";
const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

export function parseKeyring(env: Env = process.env): { ring?: Keyring; problems: string[] } {
  const problems: string[] = [];
  const keys = new Map<string, Buffer>();
  let active: string | undefined;
  const list = env.DATA_ENCRYPTION_KEYS?.trim();
  if (list) {
    for (const entry of list.split(",").map((e) => e.trim()).filter(Boolean)) {
      const at = entry.indexOf(":");
      const id = at > 0 ? entry.slice(0, at) : "";
      if (!KEY_ID.test(id)) {
        problems.push("DATA_ENCRYPTION_KEYS entries are <key id>:<32 bytes base64>, the key id of letters, digits, _ or -");
        continue;
      }
      const key = Buffer.from(entry.slice(at + 1), "base64");
      if (key.length !== 32) problems.push(`DATA_ENCRYPTION_KEYS: key ${id} must be 32 bytes, base64-encoded`);
      else if (keys.has(id)) problems.push(`DATA_ENCRYPTION_KEYS: key id ${id} appears twice`);
      else keys.set(id, key);
      active ??= id;
    }
  }
  const single = env.DATA_ENCRYPTION_KEY?.trim();
  if (single && !keys.has(LEGACY_KEY_ID)) {
    const key = Buffer.from(single, "base64");
    if (key.length !== 32) problems.push("DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
    else keys.set(LEGACY_KEY_ID, key);
    active ??= LEGACY_KEY_ID;
  }
  if (!list && !single) {
    if (isProductionDeployment(env)) {
      problems.push("DATA_ENCRYPTION_KEYS (or DATA_ENCRYPTION_KEY) is required (32 random bytes, base64: openssl rand -base64 32)");
    } else {
      keys.set(LEGACY_KEY_ID, devKey("DATA_ENCRYPTION_KEY"));
      active = LEGACY_KEY_ID;
    }
  }
  if (problems.length || !active || !keys.has(active)) return { problems: problems.length ? problems : ["no usable data encryption key"] };
  return { ring: { active, keys }, problems };
}

export function devKey(name: string): Buffer {
  return createHash("sha256").update(`tianshui-dev-only:${name}`).digest();
}
