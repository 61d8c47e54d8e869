import "server-only";
import { db } from "@/lib/db";
import { isProductionDeployment } from "@/lib/env";
import { aliyunDriver } from "./drivers/aliyun";
import { httpDriver } from "./drivers/http";
import { outboxDriver } from "./drivers/outbox";
import { SmsDeliveryError, type SmsDriver, type SmsMessage } from "./types";

// SMS_DRIVER=outbox (default) | http | aliyun. Every message is recorded in SmsOutbox whatever the
// driver; in a production deployment the recorded text has the code blanked out.
export function smsDriverFromEnv(env: NodeJS.ProcessEnv = process.env): SmsDriver {
  const name = (env.SMS_DRIVER ?? "outbox").trim().toLowerCase();
  if (name === "http") {
    if (!env.SMS_HTTP_URL) throw new Error("SMS_DRIVER=http needs SMS_HTTP_URL");
    return httpDriver(env.SMS_HTTP_URL, env.SMS_HTTP_TOKEN);
  }
  if (name === "aliyun") {
    const { SMS_ALIYUN_ACCESS_KEY_ID: id, SMS_ALIYUN_ACCESS_KEY_SECRET: secret, SMS_SIGN_NAME: sign, SMS_ALIYUN_TEMPLATE_CODE: template } = env;
    if (!id || !secret || !sign || !template) {
      throw new Error("SMS_DRIVER=aliyun needs SMS_ALIYUN_ACCESS_KEY_ID, SMS_ALIYUN_ACCESS_KEY_SECRET, SMS_SIGN_NAME, SMS_ALIYUN_TEMPLATE_CODE");
    }
    return aliyunDriver({ accessKeyId: id, accessKeySecret: secret, signName: sign, templateCode: template, endpoint: env.SMS_ALIYUN_ENDPOINT });
  }
  if (name !== "outbox") throw new Error(`Unknown SMS_DRIVER "${name}"`);
  if (isProductionDeployment(env)) console.warn("[sms] production deployment without an SMS gateway: messages stay in the outbox");
  return outboxDriver;
}

let cached: SmsDriver | undefined;
export function smsDriver(): SmsDriver {
  return (cached ??= smsDriverFromEnv());
}

export type SendSmsResult = { ok: true; outboxId: string } | { ok: false; outboxId: string; error: string };

export async function sendSms(message: SmsMessage, driver: SmsDriver = smsDriver()): Promise<SendSmsResult> {
  const code = message.templateParams.code;
  const recorded = isProductionDeployment() && code ? message.content.replaceAll(code, "******") : message.content;
  const row = await db.smsOutbox.create({
    data: { phone: message.phone, template: message.template, content: recorded, provider: driver.name },
  });
  try {
    const result = await driver.send(message);
    await db.smsOutbox.update({
      where: { id: row.id },
      data: { status: "SENT", sentAt: new Date(), providerMessageId: result.providerMessageId ?? null },
    });
    return { ok: true, outboxId: row.id };
  } catch (error) {
    const text = error instanceof SmsDeliveryError ? `${error.message}: ${error.detail ?? ""}` : String(error);
    console.error(`[sms] ${driver.name} failed: ${text}`);
    await db.smsOutbox.update({ where: { id: row.id }, data: { status: "FAILED", error: text.slice(0, 1000) } });
    return { ok: false, outboxId: row.id, error: text };
  }
}
