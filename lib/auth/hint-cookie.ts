// A readable, secret-free cookie that only says "this browser signed in": the header's account entry
// (a client island on cached pages) asks /api/account/status when it is there, and stays quiet otherwise.
// The session itself is the HttpOnly Auth.js cookie and the Session row.
export const SIGNED_IN_HINT_COOKIE = "ts_signed_in";
