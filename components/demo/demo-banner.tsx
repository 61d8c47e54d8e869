import { connection } from "next/server";
import { isDemoMode } from "@/lib/env";

// 演示环境: a demo server says so on every page, so that nobody mistakes it for the real platform
// (development keys, demo accounts, /dev/sms). Read per request: the setting is the server's, not the build's.
export async function DemoBanner() {
  await connection();
  if (!isDemoMode()) return null;
  return (
    <div role="note" aria-label="演示环境" data-demo-banner className="bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-900">
      演示环境：数据均为演示数据，请勿填写真实个人信息
    </div>
  );
}
