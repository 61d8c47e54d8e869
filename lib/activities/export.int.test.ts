import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { TEST_META } from "@/tests/helpers/actions";
import { makeWorld, type World } from "@/tests/helpers/application-fixtures";
import { admin, makeActivity, register, registrationForm } from "@/tests/helpers/activity-fixtures";
import { exportRegistrants } from "./export";

let w: World;
let activityId: string;
beforeAll(async () => {
  w = await makeWorld();
  const activity = await makeActivity({ title: "政银企对接会 / 秦州专场" });
  activityId = activity.id;
  await register(w.personal, activityId, registrationForm({ name: "王小明", phone: "13912345678", attendees: "2", remark: "=1+1" }));
  const cancelled = await register(w.enterprise, activityId, registrationForm({ name: "李四", phone: "13987654321" }));
  if (cancelled.ok) await admin.cancelRegistration(w.admin, (cancelled.data as { id: string }).id);
});

const lines = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

describe("registrant CSV export", () => {
  it("starts with a UTF-8 BOM for Excel, masks phones by default and is audited as masked", async () => {
    const { csv, filename, rows } = await exportRegistrants(w.admin, activityId, { fullPhones: false }, TEST_META);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(rows).toBe(2);
    expect(filename).toBe("报名名单-政银企对接会秦州专场.csv");
    const [header, first, second] = lines(csv);
    expect(header).toBe("序号,姓名,手机号,单位名称,参加人数,备注,报名状态,报名时间,取消时间,取消方");
    expect(first).toMatch(/^1,王小明,139\*\*\*\*5678,天水示范科技有限公司,2,'=1\+1,已报名,/);
    expect(second).toMatch(/^2,李四,139\*\*\*\*4321,.*,已取消,.*,主办方$/);
    expect(csv).not.toContain("13912345678");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "activity.registrants.export", targetId: activityId } });
    expect(entry).toMatchObject({ actorId: w.admin.id, ip: TEST_META.ip, detail: { rows: 2, phones: "masked" } });
  });

  it("gives the full numbers only when asked, and writes that to the audit log", async () => {
    const before = await db.auditLog.count({ where: { action: "activity.registrants.export_full", targetId: activityId } });
    const { csv, filename } = await exportRegistrants(w.admin, activityId, { fullPhones: true }, TEST_META);
    expect(csv).toContain(",13912345678,");
    expect(filename).toContain("完整手机号");
    expect(await db.auditLog.count({ where: { action: "activity.registrants.export_full", targetId: activityId } })).toBe(before + 1);
  });

  it("answers not found to anyone but an administrator, and for an unknown activity", async () => {
    for (const actor of [w.personal, w.staffA]) {
      await expect(exportRegistrants(actor, activityId, { fullPhones: true })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(exportRegistrants(w.admin, "no-such-activity", { fullPhones: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditLog.count({ where: { action: "activity.registrants.export_full", actorId: { in: [w.personal.id, w.staffA.id] } } })).toBe(0);
  });
});
