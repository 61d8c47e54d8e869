import type { Metadata, Viewport } from "next";
import { siteConfig } from "@/config/site";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DemoBanner } from "@/components/demo/demo-banner";
import { NavigationSkeleton } from "@/components/layout/navigation-skeleton";
import { FormReplyProvider } from "@/components/ui/form-reply";
import { readNativeReply } from "@/lib/actions/native-reply";
import { currentActor } from "@/lib/auth/current";
import { currentMode } from "@/lib/care/current";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s - ${siteConfig.name}` },
  description: siteConfig.description,
  applicationName: siteConfig.name,
  openGraph: { siteName: siteConfig.name, locale: "zh_CN", type: "website" },
  formatDetection: { telephone: false },
};

// Every page renders per request, in one piece (its data from the cache, lib/cache): the header's
// account entry is read from the session on the server, and pages work without JavaScript — a
// streamed part would stay hidden until a script moved it into place.
export const instant = false;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#133d7a" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The answer to a form posted without JavaScript, shown by that form (lib/actions/native-reply.ts).
  const reply = await readNativeReply(async () => (await currentActor())?.id ?? null);
  // 关怀模式 is rendered by the server (a cookie, or the account's choice): app/globals.css keys on it.
  const mode = await currentMode();
  return (
    <html lang="zh-CN" data-mode={mode}>
      <body className="flex min-h-screen flex-col">
        <FormReplyProvider reply={reply}>
          <a href="#main" className="skip-link">
            跳到主要内容
          </a>
          <DemoBanner />
          <SiteHeader mode={mode} />
          <main id="main" className="relative flex-1">
            <NavigationSkeleton />
            {children}
          </main>
          <SiteFooter />
        </FormReplyProvider>
      </body>
    </html>
  );
}
