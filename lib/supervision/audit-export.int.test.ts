import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError } from "@/lib/domain/errors";
import { TEST_META } from "@/tests/helpers/actions";
import { makeUser, actorOf } from "@/tests/helpers/application-fixtures";
import { auditSheet } from "./audit-export";

// The route handler reads the session from cookies: here the signed-in actor is set by the test.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current", () => ({ currentActor: async () => signedIn.actor, requestMeta: async () => ({ ip: "10.0.0.8", userAgent: "vitest" }) }));
const { GET } = await import("@/app/(admin)/admin/audit/export.xlsx/route");

let admin: Actor;
let staff: Actor;
let personal: Actor;
let subject: { id: string; phone: string };
const action = `test.export_${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}.`;

beforeAll(async () => {
  admin = actorOf(await makeUser("ADMIN", { name: "金融办" }));
  const staffUser = await makeUser("STAFF", { name: "机构人员" });
  staff = actorOf(staffUser);
  const user = await makeUser("PERSONAL", { name: "王小明" });
  personal = actorOf(user);
  subject = user;
  for (let i = 0; i < 3; i++) await audit({ action: `${action}one`, actorId: user.id, targetType: "Test", targetId: `t${i}`, meta: TEST_META, detail: { n: i } });
  await audit({ action: `${action}two`, actorId: staffUser.id, targetType: "Test", targetId: "other" });
});

beforeEach(() => {
  signedIn.actor = null;
});

describe("审计日志 → 导出", () => {
  it("writes the filtered rows, masked as on the page, newest first, and audits the export", async () => {
    const { sheet, rows, total } = await auditSheet(admin, { action: `${action}one`, actorId: subject.id }, TEST_META);
    expect({ rows, total }).toEqual({ rows: 3, total: 3 });
    expect(sheet[0].map((c) => c?.value)).toEqual(["时间", "操作人", "角色", "操作", "对象类型", "对象ID", "IP", "详情"]);
    const masked = `${subject.phone.slice(0, 3)}****${subject.phone.slice(7)}`;
    expect(sheet.slice(1).map((r) => r.map((c) => (c && !(c.value instanceof Date) ? c.value : null)).slice(1))).toEqual(
      [2, 1, 0].map((i) => [`王小明 ${masked}`, "个人用户", `${action}one`, "Test", `t${i}`, "10.0.0.8", `{"n":${i}}`]),
    );
    expect(JSON.stringify(sheet)).not.toContain(subject.phone);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "audit.export", actorId: admin.id }, orderBy: { createdAt: "desc" } });
    expect(entry).toMatchObject({ ip: "10.0.0.8", detail: { rows: 3, total: 3, capped: false, filter: { action: `${action}one`, actorId: subject.id } } });
    expect(JSON.stringify(entry.detail)).not.toContain(subject.phone);
  });

  it("refuses everyone but administrators, in the export and in the route handler", async () => {
    for (const actor of [staff, personal]) {
      await expect(auditSheet(actor, {})).rejects.toBeInstanceOf(NotFoundError);
      signedIn.actor = actor;
      const response = await GET(new NextRequest("http://localhost:3000/admin/audit/export.xlsx"));
      expect(response.status).toBe(404);
    }
    signedIn.actor = null;
    expect((await GET(new NextRequest("http://localhost:3000/admin/audit/export.xlsx"))).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "audit.export", actorId: { in: [staff.id, personal.id] } } })).toBe(0);
  });

  it("the route reads the 操作人 as the account's id (actor=<userId>); a phone number in the query string filters nothing", async () => {
    signedIn.actor = admin;
    const byId = await GET(new NextRequest(`http://localhost:3000/admin/audit/export.xlsx?actor=${subject.id}&action=${encodeURIComponent(action)}`));
    expect(byId.status).toBe(200);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "audit.export", actorId: admin.id }, orderBy: { createdAt: "desc" } });
    expect(entry.detail).toMatchObject({ rows: 3, filter: { actorId: subject.id, action } });
    // An old bookmark with a number: the number is ignored (not looked up, not written to the export's entry).
    await GET(new NextRequest(`http://localhost:3000/admin/audit/export.xlsx?actor=${subject.phone}&action=${encodeURIComponent(action)}`));
    const old = await db.auditLog.findFirstOrThrow({ where: { action: "audit.export", actorId: admin.id }, orderBy: { createdAt: "desc" } });
    expect(old.detail).toMatchObject({ rows: 4, filter: { action } });
    expect(JSON.stringify(old.detail)).not.toContain(subject.phone);
  });

  it("answers the administrator with an XLSX file of the query string's filter", async () => {
    signedIn.actor = admin;
    const response = await GET(new NextRequest(`http://localhost:3000/admin/audit/export.xlsx?action=${encodeURIComponent(`${action}two`)}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 2).toString()).toBe("PK");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "audit.export", actorId: admin.id }, orderBy: { createdAt: "desc" } });
    expect(entry.detail).toMatchObject({ rows: 1, filter: { action: `${action}two` } });
  });
});
