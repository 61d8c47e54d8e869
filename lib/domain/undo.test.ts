import { describe, expect, it } from "vitest";
import { undoMinutesLeft, withinUndoWindow } from "./undo";

describe("the ten-minute undo", () => {
  const at = new Date("2026-12-02T08:00:00Z");
  const later = (ms: number) => new Date(at.getTime() + ms);

  it("is open for ten minutes after the submission, and closed after", () => {
    expect(withinUndoWindow(at, at)).toBe(true);
    expect(withinUndoWindow(at, later(9 * 60_000 + 59_000))).toBe(true);
    expect(withinUndoWindow(at, later(10 * 60_000))).toBe(false);
    expect(withinUndoWindow(at, later(-1000))).toBe(false);
  });

  it("counts the minutes left", () => {
    expect(undoMinutesLeft(at, at)).toBe(10);
    expect(undoMinutesLeft(at, later(9 * 60_000 + 30_000))).toBe(1);
  });
});
