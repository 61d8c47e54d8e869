import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { DemandForm } from "@/components/demands/demand-form";
import { requireActor } from "@/lib/auth/current";
import { FIRST_LOAN_DEMAND_PATH, DEMAND_PATH } from "@/lib/catalogue/url";
import { publishDemand } from "@/lib/demands/actions";
import { checkDemandPublisher } from "@/lib/demands/create";
import { demandDefaults, listExpectedBanks } from "@/lib/demands/queries";

export const metadata: Metadata = { title: "发布需求", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// 发布融资需求 (manual 2.7) and 发布首贷需求 (2.10, ?type=first-loan): reached from 个人中心 → 需求管理,
// the floating 发布需求 button of 首页 and 首贷中心. Visitors go through login and come back here.
export default async function NewDemandPage({ searchParams }: Props) {
  const firstLoan = (await searchParams).type === "first-loan";
  const actor = await requireActor(firstLoan ? FIRST_LOAN_DEMAND_PATH : DEMAND_PATH);
  const title = firstLoan ? "发布首贷需求" : "发布融资需求";
  const blocked = await checkDemandPublisher(actor, firstLoan);
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
      <p className="leading-7 text-slate-700">
        填写融资需求后点“提交”，平台先为您匹配合适的产品；继续提交后，需求将推送给您期望的金融机构，由机构主动与您联系对接。
        {firstLoan ? "首贷需求仅面向从未在任何金融机构获得过贷款、已完成企业认证的企业。" : null}
      </p>
      {blocked ? (
        <div role="alert" className="rounded-lg border border-orange-300 bg-orange-50 p-5 text-orange-950">
          <p className="font-semibold">暂不能发布需求</p>
          <p className="mt-2 leading-7">{blocked}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            {firstLoan && actor.role === "ENTERPRISE" ? <Link href="/me/certification" className="btn-primary">前往认证授权</Link> : null}
            <Link href={firstLoan ? "/first-loan" : "/"} className="btn-outline">{firstLoan ? "返回首贷中心" : "返回首页"}</Link>
          </div>
        </div>
      ) : (
        <DemandForm
          role={actor.role}
          firstLoan={firstLoan}
          banks={await listExpectedBanks()}
          defaults={{
            applicantType: firstLoan || actor.role === "ENTERPRISE" ? "ENTERPRISE" : "PERSONAL",
            method: "ANY",
            institutions: ["ANY"],
            gender: "MALE",
            ...(await demandDefaults(actor)),
            idempotencyKey: randomUUID(),
          }}
          action={publishDemand.bind(null, firstLoan ? "first-loan" : "normal")}
        />
      )}
    </div>
  );
}
