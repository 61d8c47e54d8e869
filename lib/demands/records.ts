import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemandStatus, Role } from "@/lib/generated/prisma/enums";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { notify } from "@/lib/messages/notify";
import { DEMAND_STATUS_LABELS, demandHref, demandKind } from "./labels";

// What every change of a demand leaves behind, in its transaction: the history entry (append-only),
// the owner's 消息中心 message and the audit entry.
type Tx = Prisma.TransactionClient;

export type DemandEvent = "edited" | "overdue" | "readdressed" | "declined";

export interface DemandChange {
  demand: { id: string; number: string; userId: string; isFirstLoan: boolean };
  from: DemandStatus | null;
  to: DemandStatus;
  event?: DemandEvent;
  actor: Actor | null; // null: the deadline job
  institution?: { id: string; name: string } | null;
  comment?: string | null;
  amount?: string | null;
  meta?: RequestMeta;
  // The owner is told of every status change; some events (超时) are for the institutions only.
  tellOwner?: boolean;
}

function ownerMessage(c: DemandChange): { title: string; body: string } {
  const subject = `您的${demandKind(c.demand.isFirstLoan)}（编号 ${c.demand.number}）`;
  const by = c.institution ? `「${c.institution.name}」` : "";
  if (c.from === null) return { title: `${demandKind(c.demand.isFirstLoan)}已发布`, body: `${subject}已发布，请等待金融机构接单对接。` };
  if (c.event === "edited") return { title: "需求已修改", body: `${subject}已修改，金融机构将看到修改后的内容。` };
  if (c.event === "readdressed") return { title: "需求已重新指派", body: `${subject}已由平台重新指派给其他金融机构，请等待对接。` };
  if (c.event === "declined") {
    const next = c.to === "OPEN" ? "需求已恢复为「待对接」，其他金融机构仍可接单。" : "需求已关闭。";
    return { title: `需求：${DEMAND_STATUS_LABELS[c.to]}`, body: `${by}表示暂时无法满足${subject}。原因：${c.comment ?? "—"}。${next}` };
  }
  const parts = [`${subject}状态已更新为「${DEMAND_STATUS_LABELS[c.to]}」。`];
  if (c.to === "IN_PROGRESS") parts.push(`${by}已接单，将通过您留下的联系电话与您联系。`);
  if (c.to === "MATCHED" && c.amount) parts.push(`${by}授信/放款金额：${c.amount}万元。`);
  if (c.to === "CLOSED" && c.actor?.id === c.demand.userId) parts.push("您已撤回该需求。");
  return { title: `需求：${DEMAND_STATUS_LABELS[c.to]}`, body: parts.join("") };
}

export async function recordDemandChange(tx: Tx, c: DemandChange): Promise<void> {
  await tx.demandStatusChange.create({
    data: {
      demandId: c.demand.id,
      fromStatus: c.from,
      toStatus: c.to,
      event: c.event ?? null,
      actorId: c.actor?.id ?? null,
      actorRole: (c.actor?.role as Role | undefined) ?? null,
      institutionId: c.institution?.id ?? null,
      comment: c.comment ?? null,
      amount: c.amount ?? null,
    },
  });
  if (c.tellOwner !== false) await notify({ userId: c.demand.userId, ...ownerMessage(c), link: demandHref(c.demand.id) }, tx);
  await audit(
    {
      action: c.from === null ? "demand.create" : c.event ? `demand.${c.event}` : "demand.status",
      actorId: c.actor?.id ?? null,
      targetType: "FinancingDemand",
      targetId: c.demand.id,
      meta: c.meta ?? null,
      detail: { number: c.demand.number, from: c.from, to: c.to, institutionId: c.institution?.id ?? null },
    },
    tx,
  );
}
