import { getCurrentSession } from "@/lib/auth/current";
import { countUnreadMessages } from "@/lib/data/messages";
import { maskPhone } from "@/lib/mask";

// The header's signed-in state. Public pages are served from a shared cache, so the account entry of
// the header asks here (only when the signed-in hint cookie is present). Checked against the Session row.
export async function GET(): Promise<Response> {
  const current = await getCurrentSession();
  const body = current
    ? {
        signedIn: true,
        phone: maskPhone(current.user.phone),
        staff: current.user.role === "STAFF",
        unread: await countUnreadMessages(current.user), // 消息中心 count in the header
      }
    : { signedIn: false };
  return Response.json(body, { headers: { "cache-control": "private, no-store" } });
}
