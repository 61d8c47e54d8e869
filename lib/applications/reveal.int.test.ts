import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOrgApplication } from "@/lib/applications/queries-org";
import { revealApplicationAction } from "@/lib/applications/reveal-actions";
import { revealApplication, revealGranted, REVEAL_TTL_MS } from "@/lib/applications/reveal";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { callAction, TEST_META } from "@/tests/helpers/actions";
import { apply, createdId, makeWorld, personalForm, renew, renewalForm, validIdNumber } from "@/tests/helpers/application-fixtures";

// Fix 10: masked by default, one audited reveal with a reason, bound to the session and the application.
describe("查看完整信息", () => {
  it("audits the reveal with its reason and grants this session, this application, for 10 minutes only", async () => {
    const w = await makeWorld();
    const idNumber = validIdNumber();
    const appId = createdId(await apply(w.personal, w.personalProduct.id, personalForm({ idNumber })));
    const other = createdId(await apply(w.personal, w.personalProduct.id, personalForm()));
    const staff = { ...w.staffA, sessionId: "session-a" };
    const now = new Date();

    const { sealed } = await revealApplication(staff, appId, "REVIEW", TEST_META, now);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "application.pii.reveal", targetId: appId } });
    expect(log).toMatchObject({ actorId: staff.id, detail: expect.objectContaining({ reason: "REVIEW", reasonLabel: "审核贷款申请" }) });
    expect(JSON.stringify(log.detail)).not.toContain(idNumber);

    expect(revealGranted(sealed, staff, appId, now)).toBe(true);
    expect(revealGranted(sealed, staff, other, now)).toBe(false); // another application
    expect(revealGranted(sealed, { ...staff, sessionId: "session-b" }, appId, now)).toBe(false); // another session
    expect(revealGranted(sealed, staff, appId, new Date(now.getTime() + REVEAL_TTL_MS + 1))).toBe(false); // expired
    const parts = sealed.split(":");
    parts[3] = `${parts[3][0] === "A" ? "B" : "A"}${parts[3].slice(1)}`;
    expect(revealGranted(parts.join(":"), staff, appId, now)).toBe(false); // tampered

    // Another institution's staff: not found; a bad reason: refused before anything is read.
    await expect(revealApplication({ ...w.staffB, sessionId: "s" }, appId, "REVIEW", TEST_META, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await callAction(staff, revealApplicationAction, [appId], { reason: "NOSY" })).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    expect(await callAction(w.personal, revealApplicationAction, [appId], { reason: "REVIEW" })).toMatchObject({ ok: false });
  });

  it("an open 续贷 every bank can see stays masked and cannot be revealed until one takes it up", async () => {
    const w = await makeWorld();
    const id = createdId(await renew(w.enterprise, renewalForm(w.enterpriseUscc, w.bankA.id, { acceptOthers: "yes" })));
    const staff = { ...w.staffB, sessionId: "session-b" };
    const view = await getOrgApplication(staff, id, true);
    expect(view).not.toBeNull();
    expect(view!.revealed).toBe(false);
    expect(view!.canReveal).toBe(false);
    await expect(revealApplication(staff, id, "REVIEW", TEST_META, new Date())).rejects.toBeInstanceOf(RefusedError);
  });
});
