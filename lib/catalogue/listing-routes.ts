// The catalogue listings served from cached routes under /view/… and the query parameters that
// change what they show. Plain data without imports: next.config.ts reads it too.
//
// A listing URL with none of its parameters (the commonest: /products, /institutions, /first-loan,
// /renewal and /) is rewritten by next.config.ts to its empty state without calling proxy.ts, which
// costs about 40 % of a cached page (docs/performance.md); proxy.ts only sees URLs that carry one.
export const PRODUCT_QUERY_KEYS = [
  "org", "q", "institution", "type", "bank", "tag", "feature", "category", "method", "amount", "term", "region", "rate",
  "sort", "page",
] as const;
export const INSTITUTION_QUERY_KEYS = ["region", "type", "sort"] as const;

export const LISTING_ROUTES = [
  { path: "/", view: "/view/home/_", keys: [] as readonly string[] },
  { path: "/products", view: "/view/products/_", keys: PRODUCT_QUERY_KEYS },
  { path: "/first-loan", view: "/view/first-loan/_", keys: PRODUCT_QUERY_KEYS },
  { path: "/renewal", view: "/view/renewal/_", keys: PRODUCT_QUERY_KEYS },
  { path: "/institutions", view: "/view/institutions/_", keys: INSTITUTION_QUERY_KEYS },
] as const;
