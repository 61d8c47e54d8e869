export declare const SOCKET_APPENDED_ENV: "CLIENT_IP_SOCKET_APPENDED";
export declare function appendSocketAddress(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined): void;
