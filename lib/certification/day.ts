// The start of the calendar day in China (UTC+8, no daylight saving) containing `now`: the daily
// limit of 企业认证 attempts resets at midnight Beijing time.
export function startOfShanghaiDay(now: Date): Date {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) - 8 * 3600_000);
}
