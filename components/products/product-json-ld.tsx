import { siteConfig } from "@/config/site";
import type { ProductDetail } from "@/lib/catalogue/queries-product";
import { Prisma } from "@/lib/generated/prisma/client";
import { REGIONS, labelOf } from "@/lib/reference";

// schema.org LoanOrCredit for search engines. Amounts are stored in 万; schema.org wants CNY.
export function productJsonLd(product: ProductDetail) {
  const url = new URL(`/products/${product.id}`, siteConfig.url).toString();
  return {
    "@context": "https://schema.org",
    "@type": "LoanOrCredit",
    name: product.name,
    description: product.highlights,
    url,
    category: product.category === "PERSONAL" ? "个人贷款" : "企业贷款",
    provider: {
      "@type": product.institution.type === "BANK" ? "BankOrCreditUnion" : "FinancialService",
      name: product.institution.name,
    },
    interestRate: { "@type": "QuantitativeValue", minValue: Number(product.minRate), unitText: "年化利率(%)" },
    amount: {
      "@type": "MonetaryAmount",
      currency: "CNY",
      maxValue: new Prisma.Decimal(product.maxAmount).times(10000).toNumber(),
    },
    loanTerm: { "@type": "QuantitativeValue", maxValue: product.maxTermMonths, unitCode: "MON", unitText: "月" },
    areaServed: product.regions.length
      ? product.regions.map((r) => ({ "@type": "AdministrativeArea", name: `天水市${labelOf(REGIONS, r)}` }))
      : { "@type": "City", name: "天水市" },
  };
}

export function ProductJsonLd({ product }: { product: ProductDetail }) {
  // "<" is escaped so that no text of the product can close the script element.
  const json = JSON.stringify(productJsonLd(product)).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
