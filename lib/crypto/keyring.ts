import { createHash } from "node:crypto";
import { isProductionDeployment } from "../env";

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

// The data keys by id. DATA_ENCRYPTION_KEYS="k2:<base64>,k1:<base64>": the first is the active key (new
// ciphertexts), the others still decrypt until `npm run keys:rotate` has moved everything off them.
// DATA_ENCRYPTION_KEY (the single key of before) is key id k1 when DATA_ENCRYPTION_KEYS does not name k1.
// Outside a production deployment, with neither set, a fixed development key is derived as k1.
// The blind index keys (BLIND_INDEX_KEYS / BLIND_INDEX_KEY, b1) follow the same rules: parseBlindIndexKeyring.
export interface Keyring {
  active: string;
  keys: ReadonlyMap<string, Buffer>;
}

export const LEGACY_KEY_ID = "k1";
const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

// The blind index keys, by the same rules: BLIND_INDEX_KEYS="b2:<base64>,b1:<base64>", the first makes new
// hashes, the others still match in lookups until `npm run keys:rotate` has recomputed what it can and the
// short-lived rows made with them have expired. BLIND_INDEX_KEY (the single key of before) is b1.
export const LEGACY_INDEX_KEY_ID = "b1";

interface RingSpec {
  list: string; // DATA_ENCRYPTION_KEYS
  single: string; // DATA_ENCRYPTION_KEY
  legacyId: string; // k1
  what: string; // "data encryption key"
}

const DATA_RING: RingSpec = { list: "DATA_ENCRYPTION_KEYS", single: "DATA_ENCRYPTION_KEY", legacyId: LEGACY_KEY_ID, what: "data encryption key" };
const INDEX_RING: RingSpec = { list: "BLIND_INDEX_KEYS", single: "BLIND_INDEX_KEY", legacyId: LEGACY_INDEX_KEY_ID, what: "blind index key" };

export function parseKeyring(env: Env = process.env): { ring?: Keyring; problems: string[] } {
  return parseRing(env, DATA_RING);
}

export function parseBlindIndexKeyring(env: Env = process.env): { ring?: Keyring; problems: string[] } {
  return parseRing(env, INDEX_RING);
}

function parseRing(env: Env, spec: RingSpec): { ring?: Keyring; problems: string[] } {
  const problems: string[] = [];
  const keys = new Map<string, Buffer>();
  let active: string | undefined;
  const list = env[spec.list]?.trim();
  if (list) {
    for (const entry of list.split(",").map((e) => e.trim()).filter(Boolean)) {
      const at = entry.indexOf(":");
      const id = at > 0 ? entry.slice(0, at) : "";
      if (!KEY_ID.test(id)) {
        problems.push(`${spec.list} entries are <key id>:<32 bytes base64>, the key id of letters, digits, _ or -`);
        continue;
      }
      const key = Buffer.from(entry.slice(at + 1), "base64");
      if (key.length !== 32) problems.push(`${spec.list}: key ${id} must be 32 bytes, base64-encoded`);
      else if (keys.has(id)) problems.push(`${spec.list}: key id ${id} appears twice`);
      else keys.set(id, key);
      active ??= id;
    }
  }
  const single = env[spec.single]?.trim();
  if (single && !keys.has(spec.legacyId)) {
    const key = Buffer.from(single, "base64");
    if (key.length !== 32) problems.push(`${spec.single} must be 32 bytes, base64-encoded`);
    else keys.set(spec.legacyId, key);
    active ??= spec.legacyId;
  }
  if (!list && !single) {
    if (isProductionDeployment(env)) {
      problems.push(`${spec.list} (or ${spec.single}) is required (32 random bytes, base64: openssl rand -base64 32)`);
    } else {
      keys.set(spec.legacyId, devKey(spec.single));
      active = spec.legacyId;
    }
  }
  if (problems.length || !active || !keys.has(active)) return { problems: problems.length ? problems : [`no usable ${spec.what}`] };
  return { ring: { active, keys }, problems };
}

export function devKey(name: string): Buffer {
  return createHash("sha256").update(`tianshui-dev-only:${name}`).digest();
}
