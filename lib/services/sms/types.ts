// One SMS to one mainland mobile number. `content` is the full text (what the local outbox shows);
// cloud gateways receive `templateParams` for their pre-approved template instead.
export interface SmsMessage {
  phone: string;
  template: "VERIFICATION_CODE" | "SECURITY_NOTICE";
  templateParams: Record<string, string>;
  content: string;
}

export interface SmsSendResult {
  providerMessageId?: string;
}

export interface SmsDriver {
  readonly name: string;
  send(message: SmsMessage): Promise<SmsSendResult>;
}

export class SmsDeliveryError extends Error {
  constructor(message: string, readonly detail?: string) {
    super(message);
    this.name = "SmsDeliveryError";
  }
}
