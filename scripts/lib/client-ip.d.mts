export const SOCKET_APPENDED_ENV: "CLIENT_IP_SOCKET_APPENDED";
export function appendSocketAddress(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined): void;
