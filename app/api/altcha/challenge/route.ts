import { createHumanCheckChallenge } from "@/lib/services/captcha";

// A fresh, signed ALTCHA challenge for the 验证码 widget. Never cached.
export async function GET(): Promise<Response> {
  return Response.json(await createHumanCheckChallenge(), { headers: { "cache-control": "no-store" } });
}
