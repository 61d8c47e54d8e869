import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current";

export const metadata: Metadata = { robots: { index: false } };

// 个人中心: every page below needs a valid server-side session.
export default async function MeLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <div className="mx-auto w-full max-w-4xl px-4 py-6 sm:py-8">{children}</div>;
}
