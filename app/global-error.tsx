"use client";

// Shown when the root layout itself fails; it must render its own <html>.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>系统繁忙</h1>
        <p>天水市智慧金融服务平台暂时无法访问，请稍后重试。</p>
        <button type="button" onClick={reset}>
          重试
        </button>
      </body>
    </html>
  );
}
