import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionApplication, type DecisionAction } from "@/lib/applications/decide";
import { canTransition, TRANSITIONS, type TransitionAction } from "@/lib/applications/status-machine";
import { ForbiddenError } from "@/lib/domain/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { apply, createdId, decide, enterpriseForm, makeWorld, resubmit, type World } from "@/tests/helpers/application-fixtures";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

async function newApplication(status: ApplicationStatus = "SUBMITTED") {
  const id = createdId(await apply(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc)));
  if (status !== "SUBMITTED") {
    await db.loanApplication.update({
      where: { id },
      data: { status, approvedAmount: ["APPROVED", "DISBURSED"].includes(status) ? "150" : null },
    });
  }
  return id;
}

const STATUSES: ApplicationStatus[] = ["SUBMITTED", "ACCEPTED", "APPROVED", "DISBURSED", "REJECTED", "RETURNED", "WITHDRAWN"];
const ACTIONS: TransitionAction[] = ["ACCEPT", "APPROVE", "DISBURSE", "REJECT", "RETURN", "WITHDRAW", "RESUBMIT"];
const INPUT: Record<TransitionAction, Record<string, string>> = {
  ACCEPT: {},
  APPROVE: { amount: "150" },
  DISBURSE: { amount: "100" },
  REJECT: { comment: "资料不全，经营年限不足" },
  RETURN: { comment: "请补充近一年财务报表" },
  WITHDRAW: {},
  RESUBMIT: {},
};

function act(action: TransitionAction, id: string) {
  if (action === "RESUBMIT") return resubmit(w.enterprise, id, enterpriseForm(w.enterpriseUscc, { amount: "180" }));
  const actor = TRANSITIONS[action].by === "staff" ? w.staffA : w.enterprise;
  return decide(actor, id, action as DecisionAction, INPUT[action]);
}

describe("the status machine, every status × every action", () => {
  const cases = STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action] as const));
  it.each(cases)("from %s, %s", async (status, action) => {
    const id = await newApplication(status);
    const result = await act(action, id);
    const after = await db.loanApplication.findUniqueOrThrow({ where: { id }, include: { history: true } });
    if (canTransition(action, status)) {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(after.status).toBe(TRANSITIONS[action].to);
      const last = after.history.find((h) => h.fromStatus === status);
      expect(last).toMatchObject({ toStatus: TRANSITIONS[action].to });
    } else {
      expect(result.ok).toBe(false);
      expect(after.status).toBe(status);
      expect(after.history).toHaveLength(1); // only the submission
    }
  });

  it("allows exactly the transitions of docs/product.md", () => {
    const allowed = STATUSES.flatMap((s) => ACTIONS.filter((a) => canTransition(a, s)).map((a) => `${s}:${a}`));
    expect(allowed.sort()).toEqual(
      [
        "SUBMITTED:ACCEPT", "SUBMITTED:REJECT", "SUBMITTED:RETURN", "SUBMITTED:WITHDRAW",
        "ACCEPTED:APPROVE", "ACCEPTED:REJECT", "ACCEPTED:RETURN", "ACCEPTED:WITHDRAW",
        "APPROVED:DISBURSE", "RETURNED:WITHDRAW", "RETURNED:RESUBMIT",
      ].sort(),
    );
  });
});

describe("a full decision", () => {
  it("受理 → 审批通过 200 → 放款 200, recorded with actor, role, time, comment, amount and a message each", async () => {
    const id = await newApplication();
    expect((await decide(w.staffA, id, "ACCEPT")).ok).toBe(true);
    expect((await decide(w.staffA, id, "APPROVE", { amount: "200" })).ok).toBe(true);
    expect((await decide(w.staffA, id, "DISBURSE", { amount: "200" })).ok).toBe(true);
    const app = await db.loanApplication.findUniqueOrThrow({
      where: { id },
      include: { history: { orderBy: { createdAt: "asc" } } },
    });
    expect(app.status).toBe("DISBURSED");
    expect(app.approvedAmount?.toString()).toBe("200");
    expect(app.disbursedAmount?.toString()).toBe("200");
    expect(app.history.map((h) => [h.fromStatus, h.toStatus, h.actorRole])).toEqual([
      [null, "SUBMITTED", "ENTERPRISE"],
      ["SUBMITTED", "ACCEPTED", "STAFF"],
      ["ACCEPTED", "APPROVED", "STAFF"],
      ["APPROVED", "DISBURSED", "STAFF"],
    ]);
    expect(app.history[2].amount?.toString()).toBe("200");
    expect(app.history[1].actorId).toBe(w.staffA.id);
    const messages = await db.message.findMany({ where: { userId: w.enterprise.id, link: `/me/applications/${id}` } });
    expect(messages).toHaveLength(4);
    expect(messages.map((m) => m.title).join()).toContain("已放款");
    const audit = await db.auditLog.count({ where: { targetId: id, action: "application.status" } });
    expect(audit).toBe(3);
  });

  it("requires 授信额度 ≤ 申请金额, 放款金额 ≤ 授信额度, a reason to refuse and an explanation to return", async () => {
    const id = await newApplication("ACCEPTED");
    let r = await decide(w.staffA, id, "APPROVE", {});
    expect(r.ok === false && r.fieldErrors?.amount).toBeTruthy();
    r = await decide(w.staffA, id, "APPROVE", { amount: "250" });
    expect(r.ok === false && r.fieldErrors?.amount).toContain("不能超过申请金额");
    r = await decide(w.staffA, id, "APPROVE", { amount: "120" });
    expect(r.ok).toBe(true);
    r = await decide(w.staffA, id, "DISBURSE", { amount: "120.01" });
    expect(r.ok === false && r.fieldErrors?.amount).toContain("不能超过授信额度");
    r = await decide(w.staffA, id, "DISBURSE", { amount: "0" });
    expect(r.ok).toBe(false);
    expect((await decide(w.staffA, id, "DISBURSE", { amount: "120" })).ok).toBe(true);

    const other = await newApplication();
    r = await decide(w.staffA, other, "REJECT", { comment: " " });
    expect(r.ok === false && r.fieldErrors?.comment).toBeTruthy();
    r = await decide(w.staffA, other, "RETURN", {});
    expect(r.ok === false && r.fieldErrors?.comment).toBeTruthy();
    expect((await db.loanApplication.findUniqueOrThrow({ where: { id: other } })).status).toBe("SUBMITTED");
  });

  it("refuses 放款 of a 未通过 application on the server", async () => {
    const id = await newApplication();
    await decide(w.staffA, id, "REJECT", { comment: "不符合准入条件" });
    const r = await decide(w.staffA, id, "DISBURSE", { amount: "10" });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("未通过") });
  });

  it("lets only staff decide and only the applicant withdraw", async () => {
    const id = await newApplication();
    await expect(transitionApplication(w.enterprise, id, "ACCEPT")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transitionApplication(w.admin, id, "ACCEPT")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transitionApplication(w.staffA, id, "WITHDRAW")).rejects.toBeInstanceOf(ForbiddenError);
    // Through the server actions: the console's action answers other roles as for a missing record.
    expect(await decide(w.enterprise, id, "ACCEPT")).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
    expect(await decide(w.admin, id, "ACCEPT")).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
    expect(await decide(w.staffA, id, "WITHDRAW")).toMatchObject({ ok: false, message: "仅申请人本人可以撤回申请" });
    expect((await db.loanApplication.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("退回补充 → the applicant edits and resubmits; the data changes and the form is validated again", async () => {
    const id = await newApplication();
    await decide(w.staffA, id, "RETURN", { comment: "请补充说明用途" });
    const bad = await resubmit(w.enterprise, id, enterpriseForm(w.enterpriseUscc, { amount: "999" }));
    expect(bad.ok === false && bad.fieldErrors?.amount).toContain("不能超过300万");
    const noConsent = await resubmit(w.enterprise, id, enterpriseForm(w.enterpriseUscc, { agreement: undefined }));
    expect(noConsent.ok === false && noConsent.fieldErrors?.agreement).toBeTruthy();
    const ok = await resubmit(w.enterprise, id, enterpriseForm(w.enterpriseUscc, { amount: "160", purpose: "EQUIPMENT" }));
    expect(ok.ok).toBe(true);
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ status: "SUBMITTED", purpose: "EQUIPMENT", institutionId: w.bankA.id });
    expect(app.amount.toString()).toBe("160");
    expect(await db.consent.count({ where: { context: `application:${id}` } })).toBe(2);
    const again = await resubmit(w.enterprise, id, enterpriseForm(w.enterpriseUscc));
    expect(again.ok).toBe(false);
  });

  it("keeps the history append-only: the database refuses to change a recorded step", async () => {
    const id = await newApplication();
    await decide(w.staffA, id, "ACCEPT", { comment: "已受理" });
    const step = await db.applicationStatusChange.findFirstOrThrow({ where: { applicationId: id, toStatus: "ACCEPTED" } });
    await expect(db.applicationStatusChange.update({ where: { id: step.id }, data: { comment: "改过" } })).rejects.toThrow();
    await expect(db.applicationStatusChange.update({ where: { id: step.id }, data: { toStatus: "APPROVED" } })).rejects.toThrow();
    const unchanged = await db.applicationStatusChange.findUniqueOrThrow({ where: { id: step.id } });
    expect(unchanged.comment).toBe("已受理");
  });

  // 拒绝 and 退回补充 exclude each other in either order (ACCEPT then REJECT would both be valid in
  // sequence), so exactly one must win however the two requests interleave.
  it("lets one of two simultaneous decisions win", async () => {
    for (let round = 0; round < 3; round++) {
      const id = await newApplication();
      const results = await Promise.all([
        decide(w.staffA, id, "REJECT", { comment: "同时操作：拒绝" }),
        decide(w.staffA, id, "RETURN", { comment: "同时操作：退回" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const app = await db.loanApplication.findUniqueOrThrow({ where: { id }, include: { history: true } });
      expect(["REJECTED", "RETURNED"]).toContain(app.status);
      expect(app.history).toHaveLength(2);
    }
  });
});
