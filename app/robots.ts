import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteConfig } from "@/config/site";

// Public pages are open to crawlers; personal, console and API routes are not.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // SITE_URL is read at run time
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/me/", "/org/", "/admin/", "/api/", "/login", "/register", "/dev/"] }],
    sitemap: new URL("/sitemap.xml", siteConfig.url).toString(),
  };
}
