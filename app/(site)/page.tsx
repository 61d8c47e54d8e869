import { connection } from "next/server";
import { homeMetadata, HomeView } from "@/components/home/home-view";

// Reached directly only when proxy.ts does not rewrite / to its cached route.
export const metadata = homeMetadata;

export default async function HomePage() {
  await connection(); // rendered per request (cached reads); never prerendered from the database at build
  return <HomeView />;
}
