import { notFound } from "next/navigation";
import { homeMetadata, HomeView } from "@/components/home/home-view";
import { EMPTY_STATE } from "@/lib/catalogue/state";

// Cached 首页 (proxy.ts rewrites / here): rendered on first visit, then served from the full-route
// cache until its data tags are revalidated; at most 5 minutes old, since "ongoing activities"
// depend on the time. Never prerendered at build (no build-time params).
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata = homeMetadata;

export default async function CachedHomePage({ params }: { params: Promise<{ state: string }> }) {
  if ((await params).state !== EMPTY_STATE) notFound();
  return <HomeView />;
}
