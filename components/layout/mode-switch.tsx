import type { Mode } from "@/lib/care/mode";
import { CurrentPathField } from "./current-path-field";

// 关怀模式 / 标准模式: a plain form posting to /display-mode (lib/care/switch.ts), which sets the
// cookie and sends the browser back to this page — no script needed, and no flash of the other mode.
export function ModeSwitch({ mode, className }: { mode: Mode; className?: string }) {
  const next: Mode = mode === "care" ? "standard" : "care";
  return (
    <form method="post" action="/display-mode" className={className}>
      <input type="hidden" name="mode" value={next} />
      <CurrentPathField />
      {/* The name says what pressing does; it contains the visible words (WCAG 2.5.3). */}
      <button type="submit" className="mode-switch" aria-label={next === "care" ? "切换到关怀模式" : "切换到标准模式"}>
        {next === "care" ? "关怀模式" : "标准模式"}
      </button>
    </form>
  );
}
