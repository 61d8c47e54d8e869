"use client";

import { useEffect } from "react";
import { ACCOUNT_CHANGED_EVENT } from "@/components/auth/account-status";

// Asks the header's account entry to refresh (e.g. its unread count after messages were read on
// the same page, where no navigation happens).
export function AccountRefresh({ token }: { token: string | number }) {
  useEffect(() => {
    window.dispatchEvent(new Event(ACCOUNT_CHANGED_EVENT));
  }, [token]);
  return null;
}
