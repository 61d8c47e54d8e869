// The names of the Auth.js session cookie (chunked cookies add ".0", ".1" …).
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE_NAMES.some((n) => name === n || name.startsWith(`${n}.`))) return true;
  return false;
}
