// The filter state of a listing as one URL path segment, for the cached (ISR) catalogue routes
// that proxy.ts rewrites /products?…, /institutions?…, /first-loan?… and /renewal?… to.
// The segment is the base64url of the canonical query string ("_" for none); it is always
// re-parsed through the whitelist, so a forged segment can only ever mean a valid state.
import type { SearchParamsInput } from "./filters";

// File-system cache entries are named after the path: stay well under 255 bytes.
export const MAX_STATE_LENGTH = 180;
export const EMPTY_STATE = "_";

export function encodeState(canonicalQuery: string): string | null {
  if (!canonicalQuery) return EMPTY_STATE;
  const bytes = new TextEncoder().encode(canonicalQuery);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  const encoded = btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return encoded.length <= MAX_STATE_LENGTH ? encoded : null;
}

export function decodeState(segment: string): SearchParamsInput {
  if (!segment || segment === EMPTY_STATE || !/^[A-Za-z0-9_-]{1,400}$/.test(segment)) return {};
  try {
    const binary = atob(segment.replace(/-/g, "+").replace(/_/g, "/"));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const params: SearchParamsInput = {};
    for (const [key, value] of new URLSearchParams(text)) params[key] ??= value;
    return params;
  } catch {
    return {};
  }
}
