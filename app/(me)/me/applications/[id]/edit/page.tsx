import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BridgeForm } from "@/components/applications/bridge-form";
import { Notice } from "@/components/applications/filter-links";
import { ProductApplicationForm } from "@/components/applications/product-application-form";
import { RenewalForm } from "@/components/applications/renewal-form";
import { resubmitReturnedApplication } from "@/lib/applications/actions";
import { listLenders } from "@/lib/applications/lenders";
import { getMyReturnedApplicationForm } from "@/lib/applications/queries";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "修改并重新提交" };

type Props = { params: Promise<{ id: string }> };

// Resubmissions are guarded by their status update; the forms only need a well-formed key.
const RESUBMIT_KEY = "resubmission-of-a-returned-application";

// 退回补充: the application's own form, filled with what was submitted, to edit and submit again.
export default async function EditApplicationPage({ params }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const form = id ? await getMyReturnedApplicationForm(actor, id) : null;
  if (!form) notFound();
  const { application: a, values, returnComment } = form;
  const action = resubmitReturnedApplication.bind(null, a.id);
  const lenders = a.kind === "RENEWAL" || a.kind === "BRIDGE" ? (await listLenders()).map((l) => ({ value: l.id, label: l.name })) : [];
  return (
    <div className="space-y-5">
      <p>
        <Link href={`/me/applications/${a.id}`} className="text-sm text-brand-700 underline">返回申请详情</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">修改并重新提交 {a.number}</h1>
      <Notice tone="warning">金融机构的说明：{returnComment ?? "请补充资料"}</Notice>
      {a.kind === "RENEWAL" ? (
        <RenewalForm lenders={lenders} defaults={{ ...values, idempotencyKey: RESUBMIT_KEY }} action={action} lockRouting submitLabel="重新提交" />
      ) : a.kind === "BRIDGE" ? (
        <BridgeForm lenders={lenders} defaults={{ ...values, idempotencyKey: RESUBMIT_KEY }} action={action} submitLabel="重新提交" />
      ) : a.product ? (
        <ProductApplicationForm
          product={{
            category: a.product.category,
            isFirstLoan: a.product.isFirstLoan,
            maxAmount: Number(a.product.maxAmount.toString()),
            maxTermMonths: a.product.maxTermMonths,
          }}
          defaults={{ ...values, idempotencyKey: RESUBMIT_KEY, firstLoanDeclared: "" }}
          action={action}
          submitLabel="重新提交"
        />
      ) : null}
    </div>
  );
}
