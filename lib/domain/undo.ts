// 适老化: a financial submission can be undone with one click from its confirmation page for ten
// minutes (an older user who pressed by mistake should not have to find 撤回). It is only a shortcut:
// the undo runs the same withdraw command with the same rules, which also apply after the window.
export const UNDO_WINDOW_MS = 10 * 60_000;

export function withinUndoWindow(submittedAt: Date, now: Date): boolean {
  const age = now.getTime() - submittedAt.getTime();
  return age >= 0 && age < UNDO_WINDOW_MS;
}

// Whole minutes left, for 「还可撤销 N 分钟」 (at least 1 while the window is open).
export function undoMinutesLeft(submittedAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((UNDO_WINDOW_MS - (now.getTime() - submittedAt.getTime())) / 60_000));
}
