import type { Metadata } from "next";
import { CONTACT } from "@/lib/reference";

export const metadata: Metadata = {
  title: "联系我们",
  description: `天水市智慧金融服务平台联系方式：电话 ${CONTACT.phone}，邮箱 ${CONTACT.email}，传真 ${CONTACT.fax}。`,
  alternates: { canonical: "/contact" },
};

export default function ContactPage() {
  const rows = [
    { label: "电话", value: CONTACT.phone, href: `tel:${CONTACT.phone}` },
    { label: "邮箱", value: CONTACT.email, href: `mailto:${CONTACT.email}` },
    { label: "传真", value: CONTACT.fax },
    { label: "企业认证咨询电话", value: CONTACT.certificationHelpPhone, href: `tel:${CONTACT.certificationHelpPhone}` },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold text-slate-900">联系我们</h1>
      <p className="mt-3 leading-7 text-slate-700">
        使用平台过程中遇到任何问题，或对平台有意见和建议，欢迎通过以下方式与天水市智慧金融服务平台联系。工作时间：周一至周五
        8:30–12:00，14:30–18:00（法定节假日除外）。
      </p>
      <dl className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {rows.map((row) => (
          <div key={row.label} className="flex flex-col gap-1 px-5 py-4 sm:flex-row sm:gap-6">
            <dt className="shrink-0 font-medium text-slate-600 sm:w-40">{row.label}</dt>
            <dd className="min-w-0 text-lg text-slate-900 [overflow-wrap:anywhere]">
              {row.href ? (
                <a href={row.href} className="text-brand-700 hover:underline">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
