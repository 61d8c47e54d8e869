import { homeMetadata, HomeView } from "@/components/home/home-view";

export const metadata = homeMetadata;

export default function HomePage() {
  return <HomeView />;
}
