import type { Rate } from "./figures";

// Display of 监管统计's derived figures: durations in hours (days from two days on), rates in percent.

export function formatHours(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 48) return `${(Math.round(hours * 10) / 10).toFixed(1)}小时`;
  return `${(Math.round((hours / 24) * 10) / 10).toFixed(1)}天`;
}

export function formatDays(days: number | null): string {
  return days === null ? "—" : `${(Math.round(days * 10) / 10).toFixed(1)}天`;
}

export function formatRatePercent(rate: Rate): string {
  return rate.rate === null ? "—" : `${(Math.round(rate.rate * 1000) / 10).toFixed(1)}%`;
}
