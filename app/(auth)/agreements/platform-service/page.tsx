import type { Metadata } from "next";
import { PLATFORM_SERVICE_SECTIONS, PLATFORM_SERVICE_TITLE, PLATFORM_SERVICE_VERSION } from "@/lib/agreements/platform-service";

export const metadata: Metadata = { title: "平台服务协议" };

export default function PlatformServiceAgreementPage() {
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-center text-2xl font-bold text-brand-800">{PLATFORM_SERVICE_TITLE}</h1>
      <p className="mt-2 text-center text-sm text-slate-600">版本：{PLATFORM_SERVICE_VERSION}</p>
      {PLATFORM_SERVICE_SECTIONS.map((section) => (
        <section key={section.heading} className="mt-6">
          <h2 className="text-lg font-semibold text-slate-900">{section.heading}</h2>
          {section.paragraphs.map((text) => (
            <p key={text} className="mt-2 leading-7 text-slate-800">
              {text}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
