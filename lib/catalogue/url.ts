// URL helpers of the catalogue: every link keeps the other parameters, changing a filter
// returns to page 1, defaults (综合排序, page 1, 全部) are left out so one state has one URL.
import {
  normaliseProductFilters,
  PRODUCT_FILTER_KEYS,
  type InstitutionFilters,
  type ProductFilters,
} from "./filters";

export type ProductPatch = Partial<Omit<ProductFilters, "sort" | "page">> & {
  sort?: ProductFilters["sort"];
  page?: number;
};

const QUERY_ORDER = ["org", "q", "institution", ...PRODUCT_FILTER_KEYS] as const;

export function productQuery(filters: ProductFilters, omit: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const key of QUERY_ORDER) {
    const value = filters[key];
    if (value !== undefined && !omit.includes(key)) params.set(key, value);
  }
  if (filters.sort !== "default" && !omit.includes("sort")) params.set("sort", filters.sort);
  if (filters.page > 1 && !omit.includes("page")) params.set("page", String(filters.page));
  return params.toString();
}

// `patch` values of `undefined` remove a parameter (全部). Any change other than the page resets it to 1.
export function productHref(
  basePath: string,
  filters: ProductFilters,
  patch: ProductPatch = {},
  omit: readonly string[] = [],
): string {
  const next = { ...filters, ...patch } as ProductFilters; // undefined values are dropped by normalise
  if (!Object.prototype.hasOwnProperty.call(patch, "page")) next.page = 1;
  next.sort = next.sort ?? "default";
  next.page = next.page ?? 1;
  const query = productQuery(normaliseProductFilters(next), omit);
  return query ? `${basePath}?${query}` : basePath;
}

// The link of one filter option: selecting it, or (value undefined) 全部.
export function filterOptionHref(
  basePath: string,
  filters: ProductFilters,
  key: (typeof PRODUCT_FILTER_KEYS)[number],
  value: string | undefined,
  omit: readonly string[] = [],
): string {
  return productHref(basePath, filters, { [key]: value } as ProductPatch, omit);
}

export function institutionHref(filters: InstitutionFilters, patch: Partial<InstitutionFilters> = {}): string {
  const next = { ...filters, ...patch };
  const params = new URLSearchParams();
  if (next.region) params.set("region", next.region);
  if (next.type) params.set("type", next.type);
  if (next.sort && next.sort !== "products") params.set("sort", next.sort);
  const query = params.toString();
  return query ? `/institutions?${query}` : "/institutions";
}

export function productsOfInstitutionHref(institutionId: string): string {
  return `/products?institution=${encodeURIComponent(institutionId)}`;
}

// Actions whose forms need a signed-in user go through login with a callback to the form.
export function loginThen(path: string): string {
  return `/login?callbackUrl=${encodeURIComponent(path)}`;
}

export const productApplyPath = (productId: string) => `/products/${encodeURIComponent(productId)}/apply`;
// The application form itself: it sends visitors to /login?callbackUrl=… and back, while a signed-in
// user goes straight to the form. Listings link to it without knowing the session.
export const applyHref = (productId: string) => productApplyPath(productId);
export const FIRST_LOAN_DEMAND_PATH = "/demands/new?type=first-loan";
export const DEMAND_PATH = "/demands/new";
export const RENEWAL_APPLY_PATH = "/renewal/apply";
