import { smsBudgetToday } from "@/lib/services/sms/codes";

// 管理后台: the platform's SMS budget of the day is nearly used up (from 80%) or used up (fix 9).
export async function SmsBudgetAlert() {
  const { sent, budget, warning } = await smsBudgetToday();
  if (!warning) return null;
  return (
    <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
      {sent >= budget ? "今日短信发送量已达平台上限，验证码暂停发送" : "今日短信发送量接近平台上限"}：已发送 {sent} 条，上限 {budget} 条（SMS_DAILY_BUDGET）。
    </p>
  );
}
