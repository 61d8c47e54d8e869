// What the login page tells the holder of an account the 金融办 disabled (lib/supervision/accounts.ts).
export function disabledMessage(reason: string | null): string {
  return `该账号已被停用${reason ? `，原因：${reason}` : ""}。如有疑问请联系天水市金融工作办公室`;
}
