"use client";

import { useRef, type InputHTMLAttributes, type Ref } from "react";
import { USER_AUTHORIZATION_TITLE } from "@/lib/agreements/user-authorization";
import { FieldError } from "@/components/ui/field";
import { AgreementText } from "./agreement-text";

// “我已阅读并同意《用户授权协议》”: the name opens the 数据授权协议书 in a dialog
// (a link to its own page without JavaScript); 同意 in the dialog ticks the box.
const withoutError = ({ error: _error, ...props }: { error?: string } & InputHTMLAttributes<HTMLInputElement>) => props;

export function AgreementField({
  error,
  inputProps,
  onAgree,
}: {
  error?: string;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement>; error?: string };
  onAgree: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id="agreement"
          type="checkbox"
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "agreement-error" : undefined}
          {...withoutError(inputProps)}
        />
        <label htmlFor="agreement" className="text-base text-slate-900">
          我已阅读并同意
          <a
            href="/agreements/user-authorization"
            target="_blank"
            className="text-brand-700 underline underline-offset-2"
            onClick={(e) => {
              e.preventDefault();
              dialog.current?.showModal();
            }}
          >
            《用户授权协议》
          </a>
        </label>
      </div>
      <FieldError id="agreement" error={error} />
      <dialog
        ref={dialog}
        aria-labelledby="agreement-title"
        className="m-auto max-h-[85vh] w-[min(42rem,calc(100vw-2rem))] rounded-lg p-0 backdrop:bg-slate-900/50"
      >
        <div className="flex max-h-[85vh] flex-col">
          <h2 id="agreement-title" className="border-b border-slate-200 px-5 py-3 text-lg font-semibold">
            《用户授权协议》— {USER_AUTHORIZATION_TITLE}
          </h2>
          <div className="overflow-y-auto px-5 py-4" tabIndex={0} role="region" aria-label="协议正文">
            <AgreementText />
          </div>
          <div className="flex justify-end gap-3 border-t border-slate-200 px-5 py-3">
            <button type="button" className="h-10 rounded border border-slate-400 px-4" onClick={() => dialog.current?.close()}>
              关闭
            </button>
            <button
              type="button"
              className="h-10 rounded bg-brand-700 px-4 text-white hover:bg-brand-800"
              onClick={() => {
                onAgree();
                dialog.current?.close();
              }}
            >
              我已阅读并同意
            </button>
          </div>
        </div>
      </dialog>
    </div>
  );
}
