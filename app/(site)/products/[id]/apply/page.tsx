import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { IneligibleNotice } from "@/components/applications/ineligible-notice";
import { ProductApplicationForm } from "@/components/applications/product-application-form";
import { ProductHeadline } from "@/components/applications/product-headline";
import { applyForProduct } from "@/lib/actions/applications";
import { actorOf } from "@/lib/applications/actor";
import { checkProductEligibility } from "@/lib/applications/eligibility";
import { currentUser, loginUrlFor } from "@/lib/auth/current";
import { getApplyProduct, knownApplicantFields, newFormKey } from "@/lib/data/apply";

export const metadata: Metadata = { title: "立即申请", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

// 立即申请 (manual 2.3): the product's headline figures, then the personal or enterprise form.
export default async function ApplyPage({ params }: Props) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(await loginUrlFor(`/products/${encodeURIComponent(id)}/apply`));
  const product = await getApplyProduct(id);
  if (!product) notFound();
  const actor = actorOf(user);
  const blocked = await checkProductEligibility(actor, product);
  const title = product.category === "PERSONAL" ? "个人申请贷款" : "企业申请贷款";
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
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
    </div>
  );
}
