"use client";

import { usePathname } from "next/navigation";

// The page's path for the mode switch to come back to when the browser sends no Referer
// (rendered on the server too, so it works without JavaScript).
export function CurrentPathField() {
  const pathname = usePathname();
  return <input type="hidden" name="back" value={pathname ?? "/"} />;
}
