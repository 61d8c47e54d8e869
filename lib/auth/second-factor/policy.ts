import type { Role } from "@/lib/generated/prisma/enums";

// Who gives a second factor at login: 机构人员 and 金融办 (等保三级 asks two factors of privileged users).
// Every such login, without an opt-out: an account without a factor enrols at its next login.
export const SECOND_FACTOR_ROLES: readonly Role[] = ["STAFF", "ADMIN"];

export function requiresSecondFactor(role: Role | null): boolean {
  return !!role && SECOND_FACTOR_ROLES.includes(role);
}

export const VERIFY_PATH = "/login/verify";

// Where the login form sends the browser after a right password.
export function afterPasswordLogin(role: Role | null, target: string): string {
  return requiresSecondFactor(role) ? `${VERIFY_PATH}?${new URLSearchParams({ next: target })}` : target;
}
