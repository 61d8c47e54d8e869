"use client";

import { useEffect, useRef, useState } from "react";

// 开始比对: asks for the camera where one exists (as FaceID's page does) and shows the picture; the demo
// choice below decides the result. Without a camera or without JavaScript the choice is all there is.
export function CameraCheck() {
  const video = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const stream = useRef<MediaStream | null>(null);
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

  return (
    <div className="mt-4">
      <button type="button" onClick={start} className="min-h-11 rounded bg-brand-700 px-5 font-medium text-white hover:bg-brand-800">
        开始比对
      </button>
      <video ref={video} autoPlay playsInline muted className="mt-3 aspect-video w-full max-w-sm rounded bg-slate-900" aria-label="摄像头画面" />
      <p aria-live="polite" className="mt-2 min-h-5 text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}
