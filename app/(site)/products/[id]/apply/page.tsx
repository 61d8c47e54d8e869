import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IneligibleNotice } from "@/components/applications/ineligible-notice";
import { ProductApplicationForm } from "@/components/applications/product-application-form";
import { ProductHeadline } from "@/components/applications/product-headline";
import { applyForProduct } from "@/lib/applications/actions";
import { checkProductEligibility } from "@/lib/applications/eligibility";
import { getApplyProduct, knownApplicantFields, newFormKey } from "@/lib/applications/queries";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "立即申请", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

async function Application({ params }: Props) {
  const raw = (await params).id;
  const actor = await requireActor(`/products/${encodeURIComponent(raw)}/apply`);
  const id = parseRouteId(raw);
  const product = id ? await getApplyProduct(id) : null;
  if (!product) notFound();
  const blocked = await checkProductEligibility(actor, product);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-800">{product.category === "PERSONAL" ? "个人申请贷款" : "企业申请贷款"}</h1>
      <ProductHeadline product={product} />
      {blocked ? (
        <IneligibleNotice reason={blocked} backHref={`/products/${product.id}`} backLabel="返回产品详情" />
      ) : (
        <ProductApplicationForm
          product={{
            category: product.category,
            isFirstLoan: product.isFirstLoan,
            maxAmount: Number(product.maxAmount),
            maxTermMonths: product.maxTermMonths,
          }}
          defaults={{ ...(await knownApplicantFields(actor)), idempotencyKey: newFormKey() }}
          action={applyForProduct.bind(null, product.id)}
        />
      )}
    </>
  );
}

// 立即申请 (manual 2.3): the product's headline figures, then the personal or enterprise form.
export default function ApplyPage({ params }: Props) {
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <Application params={params} />
    </div>
  );
}
