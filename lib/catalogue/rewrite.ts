// Used by proxy.ts: serves the catalogue listings from cached, on-demand static (ISR) routes
// under /view/…, keyed by the normalised filter state. Pages render once per state and are
// served from Next's full-route cache until a tag of their data is revalidated.
import { parseInstitutionFilters, parseProductFilters, type SearchParamsInput } from "./filters";
import { institutionHref, productQuery } from "./url";
import { decodeState, EMPTY_STATE, encodeState } from "./state";

export const CACHED_LISTINGS = ["/products", "/first-loan", "/renewal", "/institutions"] as const;
export const VIEW_PREFIX = "/view/";

function paramsOf(search: URLSearchParams): SearchParamsInput {
  const params: SearchParamsInput = {};
  for (const [key, value] of search) params[key] ??= value;
  return params;
}

// The state segment of a listing's canonical query; null when too long for a cache entry.
export function stateOf(pathname: string, params: SearchParamsInput): string | null {
  let query: string;
  if (pathname === "/institutions") {
    const href = institutionHref(parseInstitutionFilters(params));
    query = href.includes("?") ? href.slice(href.indexOf("?") + 1) : "";
  } else if (pathname === "/first-loan" || pathname === "/renewal") {
    query = productQuery(parseProductFilters(params), ["feature"]);
  } else {
    query = productQuery(parseProductFilters(params));
  }
  return encodeState(query);
}

// Only the canonical segment of a state is served: any other (reachable by typing /view/… by hand)
// answers 404, so the cache holds one entry per real filter state.
export function isCanonicalState(pathname: string, segment: string): boolean {
  return stateOf(pathname, decodeState(segment)) === segment;
}

// The internal path for a public listing URL, or null when it should render dynamically
// (a state too long for a cache entry name, e.g. a long text search).
export function viewPathFor(pathname: string, search: URLSearchParams): string | null {
  if (pathname === "/") return `${VIEW_PREFIX}home/${EMPTY_STATE}`;
  if (!(CACHED_LISTINGS as readonly string[]).includes(pathname)) return null;
  const state = stateOf(pathname, paramsOf(search));
  return state ? `${VIEW_PREFIX}${pathname.slice(1)}/${state}` : null;
}
