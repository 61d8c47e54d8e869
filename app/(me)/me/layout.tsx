import type { Metadata } from "next";
import { MeNav } from "@/components/me/me-nav";
import { requireUser } from "@/lib/auth/current";
import { countUnreadMessages } from "@/lib/messages/queries";

export const metadata: Metadata = { robots: { index: false } };

// 个人中心: every page below needs a valid server-side session; the manual's menu sits beside them.
export default async function MeLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await countUnreadMessages(user);
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-5 px-4 py-6 sm:py-8 md:grid-cols-[13rem_minmax(0,1fr)]">
      <aside>
        <MeNav unread={unread} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
