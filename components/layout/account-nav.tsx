import { AccountStatus } from "@/components/auth/account-status";

// The account entry of the top bar. Public pages are served from a shared (full-route) cache, so the
// server renders the visitor's entry and the browser swaps in the signed-in one (components/auth/account-status.tsx).
export function AccountNav() {
  return <AccountStatus />;
}
