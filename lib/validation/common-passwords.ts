// Passwords that meet the length and character-class rules yet appear near the top of every
// leaked-password list (international and Chinese). Compared case-insensitively.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  [
    "password1", "password12", "password123", "password1234", "password@1", "password@123", "password!",
    "passw0rd", "p@ssw0rd", "p@ssword", "p@ssword1", "p@ssw0rd1", "p@55w0rd", "pa$$w0rd", "passw0rd!",
    "qwerty123", "qwerty1234", "qwerty@123", "qwer1234", "qwer@1234", "qwert123", "qweasd123", "qwe123456",
    "qweasdzxc1", "1qaz2wsx", "1qaz@wsx", "1qaz2wsx3edc", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r!", "zaq12wsx",
    "abc12345", "abc123456", "abc@1234", "abc@12345", "abc@123456", "abcd1234", "abcd@1234", "abcd12345",
    "aa123456", "aa123456789", "aa112233", "a1234567", "a12345678", "a123456789", "a1b2c3d4", "a1s2d3f4",
    "admin123", "admin1234", "admin@123", "admin@1234", "admin12345", "admin888", "administrator1",
    "root1234", "root@123", "test1234", "test@123", "welcome1", "welcome123", "welcome@123", "letmein1",
    "iloveyou1", "iloveyou123", "woaini1314", "woaini520", "woaini123", "5201314a", "a5201314", "1314520a",
    "qq123456", "qq123456789", "zxcvbnm1", "zxcvbnm123", "zxc123456", "asd123456", "asdf1234", "asdfghjkl1",
    "changeme1", "changeme123", "monkey123", "dragon123", "football1", "baseball1", "sunshine1", "princess1",
    "master123", "shadow123", "superman1", "trustno1!", "china123", "china@123", "beijing123", "huawei123",
    "huawei@123", "tianshui123", "tianshui@123", "gansu123", "gansu@123", "123456aa", "123456abc",
    "123456qq", "12345678a", "123456789a", "1234567890a", "123qwe!@#", "123qweasd", "123abc!@#",
    "!qaz2wsx", "!qaz@wsx", "!qaz1qaz", "1qaz!qaz", "!@#qweasd", "aa@123456", "aa123456.", "a123456.",
  ].map((p) => p.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
