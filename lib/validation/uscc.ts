// 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character set,
// the last one a check character computed with weights 3^i mod 31.
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function isValidUscc(value: string): boolean {
  const code = value.trim().toUpperCase();
  if (code.length !== 18) return false;
  for (const char of code) if (!CHARSET.includes(char)) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}

export function normalizeUscc(value: string): string {
  return value.trim().toUpperCase();
}
