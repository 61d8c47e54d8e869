// Display formats. Money and rates arrive as decimal strings (from Prisma Decimal, never floats).

// "300.00" → "300", "23249.50" → "23249.5", "0.05" → "0.05". Used with the unit 万.
export function formatWan(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "0";
  return trimDecimal(value, 0);
}

// "4.0500" → "4.05", "4.1250" → "4.125", "5" → "5.00": at least two decimals, never rounded.
export function formatRate(value: string): string {
  return trimDecimal(value, 2);
}

function trimDecimal(value: string, minDecimals: number): string {
  const negative = value.trim().startsWith("-");
  const [intPart, fracPart = ""] = value.trim().replace(/^[-+]/, "").split(".");
  let frac = fracPart.replace(/0+$/, "");
  if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, "0");
  const int = intPart.replace(/^0+(?=\d)/, "") || "0";
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

const dateFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

// A date in Asia/Shanghai as YYYY-MM-DD.
export function formatDate(value: Date | string): string {
  return dateFormatter.format(typeof value === "string" ? new Date(value) : value);
}

const dateTimeFormatter = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function formatDateTime(value: Date | string): string {
  return dateTimeFormatter.format(typeof value === "string" ? new Date(value) : value);
}
