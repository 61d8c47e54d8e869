import type { MetadataRoute } from "next";
import { siteConfig } from "@/config/site";

export const dynamic = "force-dynamic"; // SITE_URL is read at run time

// Public pages are open to crawlers; personal, console and API routes are not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/me/", "/org/", "/admin/", "/api/", "/login", "/register", "/dev/"] }],
    sitemap: new URL("/sitemap.xml", siteConfig.url).toString(),
  };
}
