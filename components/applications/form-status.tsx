// The form's overall outcome, announced politely to screen readers.
export function FormStatus({ state, invalidHint }: { state: { ok: boolean; message?: string } | null; invalidHint?: boolean }) {
  const message = state?.message;
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {message ? (
        <p
          className={
            state?.ok
              ? "rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800"
              : "rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
          }
        >
          {message}
          {!state?.ok && invalidHint ? "，错误信息已标注在对应填写项旁。" : null}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ pending, children, pendingText = "提交中…" }: { pending: boolean; children: React.ReactNode; pendingText?: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex h-11 items-center justify-center rounded bg-accent-600 px-8 text-base font-medium text-white hover:bg-orange-800 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? pendingText : children}
    </button>
  );
}
