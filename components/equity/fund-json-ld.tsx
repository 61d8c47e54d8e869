import { siteConfig } from "@/config/site";
import type { FundDetail } from "@/lib/equity/queries-public";
import { fundHref } from "@/lib/equity/labels";

// schema.org Organization for an investment institution.
export function FundJsonLd({ fund }: { fund: FundDetail }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: fund.name,
    url: new URL(fundHref(fund.id), siteConfig.url).toString(),
    ...(fund.description ? { description: fund.description } : {}),
    ...(fund.foundedOn ? { foundingDate: fund.foundedOn } : {}),
    ...(fund.address ? { address: { "@type": "PostalAddress", streetAddress: fund.address, addressLocality: "天水市", addressCountry: "CN" } } : {}),
    ...(fund.investmentFields.length ? { knowsAbout: fund.investmentFields } : {}),
  };
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
