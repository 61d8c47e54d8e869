import "server-only";
import { redirect } from "next/navigation";
import { mustChangePassword, SET_PASSWORD_PATH } from "./first-login";

// For the 机构工作台 and 管理后台 layouts: an account still holding its one-time password sets its own first.
export async function requireOwnPassword(userId: string): Promise<void> {
  if (await mustChangePassword(userId)) redirect(SET_PASSWORD_PATH);
}
