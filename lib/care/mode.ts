import type { DisplayMode } from "@/lib/generated/prisma/enums";

// 关怀模式 (larger text, more space, bigger targets, for older users on a phone) or 标准模式.
// The browser's choice is a cookie, so the server renders the right mode with no flash and no
// script; a signed-in account keeps its own choice (User.displayMode), which wins while signed in.
export type Mode = "care" | "standard";

export const MODE_COOKIE = "ts_display_mode";
export const MODE_COOKIE_MAX_AGE = 365 * 24 * 3600; // a year: older users should not have to switch again

export function parseMode(value: unknown): Mode | null {
  return value === "care" || value === "standard" ? value : null;
}

export function modeOfAccount(value: DisplayMode | null | undefined): Mode | null {
  if (value === "CARE") return "care";
  if (value === "STANDARD") return "standard";
  return null;
}

export function accountValueOf(mode: Mode): DisplayMode {
  return mode === "care" ? "CARE" : "STANDARD";
}

// Where the switch sends the browser back to: a path of this site only (never another origin).
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f]/.test(value)) return "/";
  return value;
}

// The page the switch was pressed on: the Referer when it is this site's (it keeps the query),
// else the path the form carried.
export function returnPathFrom(referer: string | null, origin: string, formPath: unknown): string {
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.origin === origin) return safeReturnPath(`${url.pathname}${url.search}`);
    } catch {
      // not a URL: fall through to the form's path
    }
  }
  return safeReturnPath(typeof formPath === "string" ? formPath : null);
}
