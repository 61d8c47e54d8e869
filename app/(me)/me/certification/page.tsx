import type { Metadata } from "next";
import { ComingLater } from "@/components/me/coming-later";

export const metadata: Metadata = { title: "认证授权" };

export default function Page() {
  return (
    <ComingLater
      title="认证授权"
      description="个人实名认证（身份证 + 人脸认证）和企业认证（企业名称、法人姓名、法人身份证号码、统一社会信用代码）将在后续版本中开放在线办理。首贷申请需要已完成企业认证；如需协助认证，请致电平台工作人员 0938-8221924。"
      links={[{ href: "/me/account", label: "账号信息" }, { href: "/first-loan", label: "首贷中心" }]}
    />
  );
}
