"use client";

import { useEffect, useState, type RefObject } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { sendSmsCodeAction } from "@/lib/accounts/actions";
import type { ActionResult } from "@/lib/actions/result";
import { TextField } from "@/components/ui/fields";
import type { HumanCheckHandle } from "./human-check";

type SendResult = ActionResult<{ resendAfterSeconds: number }>;

// 发送验证码 for a form: checks the phone field and the human check in the browser, asks the server,
// and puts a refusal beside the field it concerns.
export function useSmsSender({
  form,
  purpose,
  phoneField,
  human,
}: {
  form: UseFormReturn<FieldValues>;
  purpose: "REGISTER" | "CHANGE_PHONE" | "RESET_PASSWORD" | "CERTIFY";
  phoneField: string;
  human: RefObject<HumanCheckHandle | null>;
}) {
  return async (): Promise<SendResult | null> => {
    if (!(await form.trigger(phoneField))) return null;
    const captcha = String(form.getValues("captcha") ?? "");
    if (!captcha) {
      form.setError("captcha", { message: "请先完成人机验证，再获取短信验证码" });
      return null;
    }
    const data = new FormData();
    data.set("phone", String(form.getValues(phoneField) ?? ""));
    data.set("purpose", purpose);
    data.set("captcha", captcha);
    const result = await sendSmsCodeAction(null, data);
    human.current?.reset();
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.fieldErrors)) {
        form.setError(name === "phone" ? phoneField : name, { message });
      }
    }
    return result;
  };
}

interface Props extends React.InputHTMLAttributes<HTMLInputElement> {
  id: string;
  error?: string;
  onSend: () => Promise<SendResult | null>;
  ref?: React.Ref<HTMLInputElement>;
}

// 短信验证码 with its 发送验证码 button: after a successful send the button counts down 60 seconds.
export function SmsCodeField({ id, error, onSend, ...input }: Props) {
  const [seconds, setSeconds] = useState(0);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(() => setSeconds((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);

  async function send() {
    setSending(true);
    setNotice(null);
    try {
      const result = await onSend();
      if (result?.ok) {
        setSeconds(result.data.resendAfterSeconds);
        setNotice(result.message ?? "验证码已发送");
      } else if (result) {
        setNotice(null);
      }
    } finally {
      setSending(false);
    }
  }

  const waiting = seconds > 0;
  return (
    <div>
      <TextField
        id={id}
        label="短信验证码"
        required
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        placeholder="6位数字"
        error={error}
        trailing={
          <button
            type="button"
            onClick={send}
            disabled={sending || waiting}
            className="min-h-11 shrink-0 whitespace-nowrap rounded border border-brand-700 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:border-slate-400 disabled:text-slate-600"
          >
            {sending ? "发送中…" : waiting ? `${seconds}秒后重新获取` : "发送验证码"}
          </button>
        }
        {...input}
      />
      <p aria-live="polite" className="min-h-5 text-sm text-green-800">
        {notice}
      </p>
    </div>
  );
}
