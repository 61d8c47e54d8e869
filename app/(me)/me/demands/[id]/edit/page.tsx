import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { DemandForm } from "@/components/demands/demand-form";
import { requireActor } from "@/lib/auth/current";
import { editDemand } from "@/lib/demands/actions";
import { formValuesOfDemand, getMyDemand, listExpectedBanks } from "@/lib/demands/queries";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "修改需求" };

type Props = { params: Promise<{ id: string }> };

// Edits are guarded by the demand's status update; the form only needs a well-formed key.
const EDIT_KEY = "edit-of-a-demand-still-open";

export default async function EditDemandPage({ params }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const demand = id ? await getMyDemand(actor, id) : null;
  if (!demand) notFound();
  return (
    <div className="space-y-5">
      <p><Link href={`/me/demands/${demand.id}`} className="text-sm text-brand-700 underline">返回需求详情</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">修改需求 {demand.number}</h1>
      {demand.status === "OPEN" ? (
        <DemandForm
          mode="edit"
          role={actor.role}
          firstLoan={demand.isFirstLoan}
          banks={await listExpectedBanks()}
          defaults={{ ...formValuesOfDemand(demand), idempotencyKey: EDIT_KEY }}
          action={editDemand.bind(null, demand.id)}
        />
      ) : (
        <Notice tone="warning">该需求已有金融机构接单或已关闭，不能再修改。</Notice>
      )}
    </div>
  );
}
