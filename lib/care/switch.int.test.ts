import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { validateSession, createSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/domain/actor";
import { createUser } from "@/tests/helpers/accounts";
import { accountModeOfPhone } from "./commands";

// The route handler's request scope: the cookie jar it writes and the signed-in actor it reads.
const jar = new Map<string, string>();
let signedIn: Actor | null = null;
vi.mock("next/headers", () => ({
  cookies: async () => ({ set: (name: string, value: string) => jar.set(name, value) }),
}));
vi.mock("@/lib/auth/current", () => ({ currentActor: async () => signedIn }));

const { switchModeResponse } = await import("./switch");

const ORIGIN = "http://127.0.0.1:3999";
function post(mode: string, { origin = ORIGIN, referer = `${ORIGIN}/products?page=2` } = {}) {
  return switchModeResponse(
    new NextRequest(`${ORIGIN}/display-mode`, {
      method: "POST",
      headers: { origin, referer, host: "127.0.0.1:3999", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ mode, back: "/products" }),
    }),
  );
}

describe("the 关怀模式 switch", () => {
  beforeEach(() => {
    jar.clear();
    signedIn = null;
  });

  it("sets the browser's cookie for a visitor and sends it back to the page it was on", async () => {
    const response = await post("care");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/products?page=2");
    expect(jar.get("ts_display_mode")).toBe("care");
  });

  it("remembers the choice on the signed-in account, which the session then carries", async () => {
    const user = await createUser();
    const session = await createSession(user.id, { now: new Date() });
    signedIn = actorOf(user, session.id);
    expect(await accountModeOfPhone(user.phone)).toBeNull();

    await post("care");
    expect(await accountModeOfPhone(user.phone)).toBe("care");
    expect((await validateSession(session.id, new Date()))?.user.displayMode).toBe("CARE");

    await post("standard");
    expect(await accountModeOfPhone(user.phone)).toBe("standard");
    expect(jar.get("ts_display_mode")).toBe("standard");
  });

  it("refuses a post from another site and ignores an unknown mode", async () => {
    const user = await createUser();
    signedIn = actorOf(user);
    expect((await post("care", { origin: "https://evil.example" })).status).toBe(403);
    expect((await post("huge")).status).toBe(303);
    expect(jar.size).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).displayMode).toBeNull();
  });
});
