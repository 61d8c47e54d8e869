"use client";

import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

// 开始比对: asks for the camera where one exists (as FaceID's page does) and shows the picture; the demo
// choice below decides the result. Without a camera or without JavaScript the choice is all there is
// (the page says so in a <noscript>).
export function CameraCheck() {
  const video = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const hydrated = useHydrated();
  useEffect(() => () => stream.current?.getTracks().forEach((t) => t.stop()), []);

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      setStatus("此设备没有可用的摄像头，请直接选择下方的演示结果");
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "user" } });
      if (video.current) video.current.srcObject = stream.current;
      setStatus("请正对摄像头，保持光线充足（本地模拟不会上传画面）");
    } catch {
      setStatus("未获得摄像头权限，请直接选择下方的演示结果");
    }
  }

  // Without JavaScript there is no camera check: the page says to choose the result below.
  if (!hydrated) return null;
  return (
    <div className="mt-4">
      <p className="text-slate-700">点击“开始比对”，允许浏览器使用摄像头后按提示进行人脸识别。</p>
      <button type="button" onClick={start} className="mt-3 min-h-11 rounded bg-brand-700 px-5 font-medium text-white hover:bg-brand-800">
        开始比对
      </button>
      <video ref={video} autoPlay playsInline muted className="mt-3 aspect-video w-full max-w-sm rounded bg-slate-900" aria-label="摄像头画面" />
      <p aria-live="polite" className="mt-2 min-h-5 text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}
