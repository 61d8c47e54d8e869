"use client";

import { useEffect, useRef, useState } from "react";
import { PageSkeleton } from "@/components/ui/skeleton";

// The loading state of a client navigation (a Next <Link> tapped): after a short delay the main area
// shows a skeleton until the next page is in place. Pages are rendered on the server in one piece,
// not as a streamed shell with loading.tsx holes, because a hole is only filled by a script and would
// stay a skeleton without JavaScript (docs/architecture.md). A full page load (a plain link, a GET
// form, a download) keeps the browser's own indicator, and this component renders nothing.
const SHOW_AFTER_MS = 250;
const GIVE_UP_MS = 20_000;

export function isClientNavigationClick(event: MouseEvent, location: Location): boolean {
  // Next's <Link> calls preventDefault on the clicks it navigates itself; this listener runs after it.
  if (!event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!anchor || anchor.target === "_blank" || anchor.hasAttribute("download")) return false;
  const to = new URL(anchor.href, location.href);
  if (to.origin !== location.origin) return false;
  return to.pathname + to.search !== location.pathname + location.search;
}

export function NavigationSkeleton() {
  const [shown, setShown] = useState(false);
  const overlay = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const main = document.getElementById("main");
    if (!main) return;
    let showTimer: number | undefined;
    let giveUpTimer: number | undefined;
    const done = () => {
      window.clearTimeout(showTimer);
      window.clearTimeout(giveUpTimer);
      observer.disconnect();
      main.removeAttribute("aria-busy");
      setShown(false);
    };
    // The next page is in place when anything in the main area changes other than this overlay.
    const observer = new MutationObserver((records) => {
      const own = (node: Node) => overlay.current?.contains(node) || node === overlay.current;
      if (records.some((r) => !own(r.target) && ![...r.addedNodes, ...r.removedNodes].every(own))) done();
    });
    const onClick = (event: MouseEvent) => {
      if (!isClientNavigationClick(event, window.location)) return;
      done();
      observer.observe(main, { childList: true, subtree: true });
      showTimer = window.setTimeout(() => {
        main.setAttribute("aria-busy", "true");
        setShown(true);
      }, SHOW_AFTER_MS);
      giveUpTimer = window.setTimeout(done, GIVE_UP_MS);
    };
    window.addEventListener("click", onClick);
    window.addEventListener("popstate", done);
    return () => {
      window.removeEventListener("click", onClick);
      window.removeEventListener("popstate", done);
      done();
    };
  }, []);

  if (!shown) return null;
  return (
    <div ref={overlay} className="absolute inset-0 z-20 bg-slate-50" data-testid="navigation-skeleton">
      <PageSkeleton label="正在打开页面…" />
    </div>
  );
}
