import { maskPhone } from "@/lib/mask";
import type { SmsDriver } from "../types";

// The local default: nothing leaves the server. The message is kept in the SmsOutbox table
// (by lib/services/sms) and one line goes to the server log, with the phone masked and no code.
export const outboxDriver: SmsDriver = {
  name: "outbox",
  async send(message) {
    console.info(`[sms] outbox: ${message.template} → ${maskPhone(message.phone)}`);
    return {};
  },
};
