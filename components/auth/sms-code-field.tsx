"use client";

import { useEffect, useState, type InputHTMLAttributes } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { TextField } from "./text-field";

// 短信验证码 with its 发送验证码 button: after a successful send the button counts down 60 seconds.
interface Props extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  error?: string;
  onSend: () => Promise<ActionResult<{ resendAfterSeconds: number }> | null>;
}

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
        setSeconds(result.data?.resendAfterSeconds ?? 60);
        setNotice(result.message ?? "验证码已发送");
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
            className="shrink-0 whitespace-nowrap rounded border border-brand-700 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:border-slate-400 disabled:text-slate-600"
          >
            {sending ? "发送中…" : waiting ? `${seconds}秒后重新获取` : "发送验证码"}
          </button>
        }
        {...input}
      />
      <p aria-live="polite" className="-mt-4 min-h-5 text-sm text-green-800">
        {notice}
      </p>
    </div>
  );
}
