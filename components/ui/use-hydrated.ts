"use client";

import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

// False in the server's HTML and without JavaScript, true once the page's script runs: controls that only
// work with a script (移除 in the upload control, 开始比对) are shown only then.
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
