import { logoutAction } from "@/lib/actions/auth";

// 退出: a form posting to the logout action, so it works before (and without) JavaScript.
export function LogoutButton({ className = "hover:underline" }: { className?: string }) {
  return (
    <form action={logoutAction} className="inline">
      <button type="submit" className={className}>
        退出
      </button>
    </form>
  );
}
