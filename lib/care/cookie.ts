import "server-only";
import { cookies } from "next/headers";
import { isProductionDeployment } from "@/lib/env";
import { MODE_COOKIE, MODE_COOKIE_MAX_AGE, type Mode } from "./mode";

// Only the server reads it (the <html> attribute carries the mode to the page's CSS).
export async function setModeCookie(mode: Mode): Promise<void> {
  (await cookies()).set(MODE_COOKIE, mode, {
    httpOnly: true,
    sameSite: "lax",
    secure: isProductionDeployment(),
    path: "/",
    maxAge: MODE_COOKIE_MAX_AGE,
  });
}
