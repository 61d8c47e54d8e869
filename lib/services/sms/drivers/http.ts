import { SmsDeliveryError, type SmsDriver } from "../types";

// A generic HTTP gateway (e.g. a government SMS platform or an in-house relay):
// POST SMS_HTTP_URL with JSON { phone, template, params, content } and, when SMS_HTTP_TOKEN is set,
// "Authorization: Bearer <token>". Any 2xx answer is success; a JSON body's "id" is kept as the message id.
export function httpDriver(url: string, token?: string, fetchImpl: typeof fetch = fetch): SmsDriver {
  return {
    name: "http",
    async send(message) {
      const response = await fetchImpl(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({
          phone: message.phone,
          template: message.template,
          params: message.templateParams,
          content: message.content,
        }),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      if (!response.ok) throw new SmsDeliveryError(`SMS gateway answered ${response.status}`, text.slice(0, 500));
      try {
        const body = JSON.parse(text) as { id?: unknown };
        return { providerMessageId: body.id === undefined ? undefined : String(body.id) };
      } catch {
        return {};
      }
    },
  };
}
