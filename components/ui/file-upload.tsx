"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { formatSize, UPLOAD_KINDS, type UploadKind } from "@/lib/uploads/kinds";
import type { PublicMediaEndpoint } from "@/lib/uploads/uploadthing";
import { describedBy, FieldError, FieldHint, FieldLabel } from "./field";
import { useHydrated } from "./use-hydrated";
import { uploadthingAvailable, uploadViaUploadthing } from "./uploadthing-upload";

// The one upload control (docs/uploads.md). Without JavaScript it is a plain file input posted with
// its form (multipart) as `name`. With JavaScript the chosen file goes at once to POST /uploads
// (progress, the server's refusal in Chinese beside the field), the form then carries only the stored
// file's id in `<name>Id` and the file input is emptied so the bytes do not travel twice. The server
// decides the type by the bytes either way (lib/uploads/form.ts, `formUpload`). A public image whose
// field names an UploadThing endpoint goes to UploadThing instead when the server has it configured.

export interface UploadedFileInfo {
  id: string;
  name?: string;
  size?: number;
  mimeType?: string;
}

export interface FileUploadFieldProps {
  id: string;
  name: string;
  kind: UploadKind;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string; // the server's message for this field (from the form hook: errorOf(name))
  // Phones open the camera at once: "environment" (rear) for documents, "user" for a selfie.
  capture?: "user" | "environment";
  // A file stored earlier (the form's echo after a refusal: `<name>Id`, or a record being edited).
  defaultFile?: UploadedFileInfo | null;
  disabled?: boolean;
  // Public images only: the UploadThing route to use when UPLOADTHING_TOKEN is set on the server.
  uploadthing?: PublicMediaEndpoint;
}

type State =
  | { step: "empty" }
  | { step: "uploading"; name: string; size: number; percent: number; preview: string | null }
  | { step: "stored"; file: UploadedFileInfo; preview: string | null };

interface Answer {
  id?: string;
  name?: string;
  size?: number;
  mimeType?: string;
  url?: string;
  message?: string;
}

export function FileUploadField({ id, name, kind, label, required, hint, error, capture, defaultFile, disabled, uploadthing }: FileUploadFieldProps) {
  const rule = UPLOAD_KINDS[kind];
  const isImage = kind !== "business-plan";
  const input = useRef<HTMLInputElement>(null);
  // Cancels the upload under way (取消, another file chosen, the control going away).
  const cancel = useRef<(() => void) | null>(null);
  const statusId = useId();
  // Without JavaScript 移除 could do nothing: choosing another file replaces the stored one.
  const hydrated = useHydrated();
  const [state, setState] = useState<State>(() =>
    defaultFile?.id ? { step: "stored", file: defaultFile, preview: isImage ? `/files/${defaultFile.id}` : null } : { step: "empty" },
  );
  const [localError, setLocalError] = useState<string | undefined>();
  const [announce, setAnnounce] = useState("");
  const shownError = localError ?? (state.step === "uploading" ? undefined : error);
  const fullHint = (
    <>
      {hint ? <>{hint} </> : null}支持 {rule.allowedText} 格式，不超过 {formatSize(rule.maxBytes)}
    </>
  );

  // Object URLs of local previews are released when replaced or when the control goes away.
  const preview = state.step === "empty" ? null : state.preview;
  useEffect(() => {
    return () => {
      if (preview?.startsWith("blob:")) URL.revokeObjectURL(preview);
    };
  }, [preview]);
  useEffect(() => () => cancel.current?.(), []);

  function choose(file: File) {
    cancel.current?.();
    cancel.current = null;
    setLocalError(undefined);
    // 重新选择: the file chosen before is no longer wanted.
    if (state.step === "stored") void fetch(`/uploads/${encodeURIComponent(state.file.id)}`, { method: "DELETE" }).catch(() => undefined);
    if (file.size > rule.maxBytes) {
      // The server refuses it as well; saying so now spares a long upload on a phone.
      fail(`${rule.label}不能超过 ${formatSize(rule.maxBytes)}，所选文件为 ${formatSize(file.size)}`);
      return;
    }
    const local = isImage && file.type.startsWith("image/") ? URL.createObjectURL(file) : null;
    setState({ step: "uploading", name: file.name, size: file.size, percent: 0, preview: local });
    setAnnounce(`正在上传${file.name}`);
    const progress = (percent: number) => setState((s) => (s.step === "uploading" ? { ...s, percent } : s));
    const done = (answer: Answer) => {
      if (answer.id) {
        // The bytes are stored: the form sends the id only.
        if (input.current) input.current.value = "";
        setState({ step: "stored", file: { id: answer.id, name: answer.name, size: answer.size, mimeType: answer.mimeType }, preview: local });
        setAnnounce(`${answer.name ?? file.name} 上传完成`);
      } else {
        fail(answer.message ?? "上传失败，请重新选择文件");
      }
    };
    if (uploadthing && kind === "image") {
      const controller = new AbortController();
      cancel.current = () => controller.abort();
      void uploadthingAvailable().then((yes) => {
        if (controller.signal.aborted) return;
        if (!yes) return void (cancel.current = sendToServer(file, progress, done));
        void uploadViaUploadthing(uploadthing, file, progress, controller.signal).then((answer) => {
          if (controller.signal.aborted) return;
          cancel.current = null;
          done(answer);
        });
      });
      return;
    }
    cancel.current = sendToServer(file, progress, done);
  }

  // POST /uploads with an XHR (its upload progress); answers 201 {id, name, size, mimeType} or 400 {message}.
  function sendToServer(file: File, progress: (percent: number) => void, done: (answer: Answer) => void): () => void {
    const body = new FormData();
    body.set("kind", kind);
    body.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/uploads");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) progress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      cancel.current = null;
      const answer = (xhr.response ?? {}) as Answer;
      done(xhr.status === 201 && answer.id ? answer : { message: answer.message });
    };
    xhr.onerror = () => {
      cancel.current = null;
      done({ message: "网络异常，上传未完成，请重新选择文件" });
    };
    xhr.send(body);
    return () => xhr.abort();
  }

  function fail(message: string) {
    if (input.current) input.current.value = "";
    setState({ step: "empty" });
    setLocalError(message);
    setAnnounce("");
  }

  function remove() {
    cancel.current?.();
    cancel.current = null;
    if (state.step === "stored") {
      // Best effort: a file already used by a record stays (the server refuses), an orphan is removed.
      void fetch(`/uploads/${encodeURIComponent(state.file.id)}`, { method: "DELETE" }).catch(() => undefined);
    }
    if (input.current) input.current.value = "";
    setState({ step: "empty" });
    setLocalError(undefined);
    setAnnounce("已移除，请重新选择文件");
    input.current?.focus();
  }

  const described = [describedBy({ id, error: shownError, hint: fullHint }), state.step !== "empty" ? `${id}-file` : null].filter(Boolean).join(" ");

  return (
    <div>
      <FieldLabel id={id} label={label} required={required} />
      {state.step !== "empty" ? (
        <div id={`${id}-file`} className="mb-2 flex items-center gap-3 rounded border border-slate-300 bg-slate-50 p-2">
          {state.preview ? (
            // eslint-disable-next-line @next/next/no-img-element -- a private file or a local blob: not for next/image
            <img src={state.preview} alt={`${label}预览`} className="h-16 w-24 shrink-0 rounded object-cover" />
          ) : null}
          <div className="min-w-0 flex-1 text-sm">
            <p className="break-all font-medium text-slate-800">
              {state.step === "uploading" ? state.name : (state.file.name ?? `已上传的${rule.label}`)}
            </p>
            <p className="text-slate-600">
              {state.step === "uploading" ? (
                <>
                  {formatSize(state.size)} · 正在上传 {state.percent}%
                </>
              ) : (
                <>
                  {state.file.size !== undefined ? `${formatSize(state.file.size)} · ` : null}已上传
                </>
              )}
            </p>
            {state.step === "uploading" ? <progress className="mt-1 h-1.5 w-full" max={100} value={state.percent} aria-label={`${label}上传进度`} /> : null}
          </div>
          {hydrated ? (
            <button type="button" onClick={remove} disabled={disabled} className="shrink-0 rounded border border-slate-400 px-3 py-1.5 text-sm text-slate-800 hover:bg-white">
              {state.step === "uploading" ? "取消" : "移除"}
            </button>
          ) : null}
        </div>
      ) : null}
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        accept={rule.accept}
        capture={capture}
        required={required && state.step === "empty"}
        disabled={disabled}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) choose(file);
        }}
        className="block w-full min-w-0 text-base text-slate-800 file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-2 file:text-base file:text-slate-900 hover:file:bg-slate-50"
      />
      {/* The stored file's id (with JavaScript, or echoed after a refusal); empty when nothing is stored. */}
      <input type="hidden" name={`${name}Id`} value={state.step === "stored" ? state.file.id : ""} />
      <p id={statusId} className="sr-only" aria-live="polite">
        {announce}
      </p>
      <FieldHint id={id} hint={fullHint} />
      <FieldError id={id} error={shownError} />
    </div>
  );
}
