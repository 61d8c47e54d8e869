import type { Metadata } from "next";
import Link from "next/link";
import { CONTACT } from "@/lib/reference";
import { COOLING_OFF_DAYS } from "@/lib/privacy/close-due";

export const metadata: Metadata = {
  title: "个人信息保护政策",
  description: "天水市智慧金融服务平台如何收集、使用、共享、保存和保护您的个人信息，以及您的权利。",
  alternates: { canonical: "/privacy" },
};

const PRIVACY_POLICY_VERSION = "2026-12";

// 个人信息保护政策 (PIPL arts. 17, 44–50): linked from the footer, 注册 and 账号信息. What it says is what the
// code does (docs/privacy.md, docs/security.md); a change of either changes both.
const SECTIONS: { title: string; items: string[] }[] = [
  {
    title: "一、我们收集的信息",
    items: [
      "注册与登录：手机号、登录密码（仅保存不可逆的加密摘要）、用户姓名或企业名称、统一社会信用代码；登录设备、IP地址和时间。",
      "实名认证：姓名、身份证号、身份证照片和人脸核验结果；企业法定代表人姓名和身份证号。",
      "贷款申请、融资需求、活动报名、咨询和约谈中您填写的信息，包括年收入、贷款与逾期情况等。",
    ],
  },
  {
    title: "二、我们如何使用和共享",
    items: [
      "用于办理您提出的业务：将贷款申请发送给您选择的金融机构，将融资需求推送给您选择或不限的金融机构，向您发送办理进度消息和短信验证码。",
      "共享给金融机构的信息以您在《用户授权协议》中同意的范围为限；平台不出售您的个人信息，不用于与办理业务无关的用途。",
      "金融机构人员查看身份证号、年收入、贷款与逾期情况等敏感信息时默认脱敏显示，查看全文须说明理由并留有审计记录。",
    ],
  },
  {
    title: "三、存储与保护",
    items: [
      "信息存储在中华人民共和国境内。身份证号、年收入、贷款与逾期情况、身份证照片等敏感信息加密存储；传输全程加密。",
      "机构人员和管理员登录须通过密码和动态验证码两重验证；所有对您记录的操作均有审计记录。",
      "保存期限：短信验证码2天，短信发送记录90天，已结束的登录记录30天；其他信息保存至您注销账号，法律法规要求保存的除外。",
    ],
  },
  {
    title: "四、您的权利",
    items: [
      "查阅与复制：在“个人中心 → 账号信息”中点击“下载我的数据”，获取平台保存的您的全部信息。",
      "更正：在个人中心修改手机号、密码和认证信息。",
      "撤回同意：在“账号信息”中撤回《用户授权协议》授权；撤回不影响撤回前已进行的处理。",
      `注销账号：在“账号信息”中申请注销，${COOLING_OFF_DAYS}天后生效，期间可撤销。生效后删除您的账号和认证信息，手机号可重新注册；金融机构依法需保存的贷款申请记录将去除姓名、身份证号、手机号和收入后保留。`,
    ],
  },
  {
    title: "五、联系我们",
    items: [`如对本政策或您的个人信息有任何疑问、意见或投诉，请联系天水市人民政府金融工作办公室：电话 ${CONTACT.phone}，邮箱 ${CONTACT.email}。我们将在15个工作日内答复。`],
  },
];

export default function PrivacyPolicyPage() {
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-bold text-slate-900">个人信息保护政策</h1>
      <p className="mt-1 text-slate-700">版本 {PRIVACY_POLICY_VERSION} · 天水市智慧金融服务平台</p>
      <div className="mt-6 space-y-6 rounded-lg border border-slate-200 bg-white p-5 leading-7 text-slate-800 sm:p-6">
        {SECTIONS.map((section) => (
          <section key={section.title}>
            <h2 className="text-lg font-semibold text-slate-900">{section.title}</h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
        <p>
          另见
          <Link href="/agreements/platform-service" className="text-brand-700 underline">
            《平台服务协议》
          </Link>
          和
          <Link href="/agreements/user-authorization" className="text-brand-700 underline">
            《用户授权协议》
          </Link>
          。
        </p>
      </div>
    </article>
  );
}
