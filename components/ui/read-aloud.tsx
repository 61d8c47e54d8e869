"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { speechChunks } from "./speech-chunks";

// 朗读: reads the page's article (its elements marked data-read, in order) with the browser's own
// speech synthesis, in a zh-CN voice when there is one. Nothing is rendered where the browser has
// no speech synthesis, or before the page's script runs (a button that cannot work is worse than none).
const noSubscribe = () => () => {};
const supported = () => "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;

function chineseVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  const lang = (v: SpeechSynthesisVoice) => v.lang.replace("_", "-").toLowerCase();
  return voices.find((v) => lang(v) === "zh-cn") ?? voices.find((v) => lang(v).startsWith("zh"));
}

type State = "idle" | "speaking" | "paused";

export function ReadAloud() {
  const canSpeak = useSyncExternalStore(noSubscribe, supported, () => false);
  const [state, setState] = useState<State>("idle");

  // Leaving the page stops the voice.
  useEffect(() => () => (canSpeak ? window.speechSynthesis.cancel() : undefined), [canSpeak]);

  if (!canSpeak) return null;
  const synth = window.speechSynthesis;

  const start = () => {
    synth.cancel();
    const text = [...document.querySelectorAll<HTMLElement>("[data-read]")].map((el) => el.innerText).join("\n");
    const chunks = speechChunks(text);
    if (!chunks.length) return;
    const voice = chineseVoice();
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = "zh-CN";
      if (voice) utterance.voice = voice;
      utterance.rate = 0.9; // a little slower than the default, for older listeners
      if (i === chunks.length - 1) utterance.onend = () => setState("idle");
      utterance.onerror = () => setState("idle");
      synth.speak(utterance);
    });
    setState("speaking");
  };
  const button =
    "inline-flex min-h-11 items-center gap-1 rounded border border-brand-700 px-3 text-sm font-medium text-brand-800 hover:bg-brand-50";
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden" role="group" aria-label="朗读">
      {state === "idle" ? (
        <button type="button" className={button} onClick={start}>
          <span aria-hidden="true">🔊</span> 朗读全文
        </button>
      ) : (
        <>
          {state === "speaking" ? (
            <button type="button" className={button} onClick={() => (synth.pause(), setState("paused"))}>
              暂停朗读
            </button>
          ) : (
            <button type="button" className={button} onClick={() => (synth.resume(), setState("speaking"))}>
              继续朗读
            </button>
          )}
          <button type="button" className={button} onClick={() => (synth.cancel(), setState("idle"))}>
            停止朗读
          </button>
        </>
      )}
      <span role="status" className="sr-only">
        {state === "speaking" ? "正在朗读" : state === "paused" ? "已暂停朗读" : ""}
      </span>
    </div>
  );
}
