import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    sid?: string; // the server-side Session row (lib/auth/session.ts)
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
