"use client";

import type {} from "altcha/types/react";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";

// 验证码: the ALTCHA widget (self-hosted proof of work, in Chinese). The browser solves the server's
// challenge by itself once the user starts filling in the form; the payload goes to the server action,
// which verifies and consumes it. `reset()` asks for a fresh solution after one was used.
export interface HumanCheckHandle {
  reset(): void;
}

interface AltchaElement extends HTMLElement {
  reset?: (state?: string) => void;
  verify?: () => Promise<unknown>;
  getState?: () => string;
}

interface Props {
  id: string;
  error?: string;
  onChange: (payload: string | null) => void;
  ref?: Ref<HumanCheckHandle>;
}

export function HumanCheck({ id, error, onChange, ref }: Props) {
  const widget = useRef<AltchaElement>(null);
  const onChangeRef = useRef(onChange);
  const [checkboxId, setCheckboxId] = useState<string | undefined>();
  const errorId = `${id}-error`;

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useImperativeHandle(ref, () => ({
    reset() {
      onChangeRef.current(null);
      const el = widget.current;
      el?.reset?.();
      void el?.verify?.();
    },
  }));

  useEffect(() => {
    let cancelled = false;
    const el = widget.current;
    const onState = (event: Event) => {
      const detail = (event as CustomEvent<{ state: string; payload?: string }>).detail;
      onChangeRef.current(detail.state === "verified" && detail.payload ? detail.payload : null);
    };
    const onExpired = () => {
      onChangeRef.current(null);
      el?.reset?.();
      void el?.verify?.();
    };
    const linkLabel = () => {
      const box = el?.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (box?.id) setCheckboxId(box.id);
      if (box) box.setAttribute("aria-describedby", errorId);
    };
    el?.addEventListener("statechange", onState);
    el?.addEventListener("expired", onExpired);
    el?.addEventListener("load", linkLabel);
    (async () => {
      await import("altcha/i18n/zh-cn");
      await import("altcha");
      if (!cancelled) requestAnimationFrame(linkLabel);
    })();
    return () => {
      cancelled = true;
      el?.removeEventListener("statechange", onState);
      el?.removeEventListener("expired", onExpired);
      el?.removeEventListener("load", linkLabel);
    };
  }, [errorId]);

  useEffect(() => {
    const box = widget.current?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!box) return;
    if (error) box.setAttribute("aria-invalid", "true");
    else box.removeAttribute("aria-invalid");
  }, [error, checkboxId]);

  return (
    <div>
      <div className="mb-1.5 flex items-baseline gap-0.5 text-[15px] font-medium text-slate-800">
        <span aria-hidden="true" className="text-red-600">
          *
        </span>
        <label id={`${id}-label`} htmlFor={checkboxId}>
          验证码
        </label>
      </div>
      <div className="altcha-box">
        <altcha-widget
          ref={widget}
          id={id}
          challenge="/api/altcha/challenge"
          auto="onfocus"
          language="zh-cn"
          name="altcha"
          configuration={JSON.stringify({ hideFooter: true, hideLogo: true, minDuration: 300 })}
          suppressHydrationWarning
        />
      </div>
      <p className="mt-1 text-xs text-slate-600">请勾选完成人机验证，通常只需一两秒。</p>
      <p id={errorId} className="mt-1 min-h-5 text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
