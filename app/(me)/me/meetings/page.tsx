import type { Metadata } from "next";
import { ComingLater } from "@/components/me/coming-later";

export const metadata: Metadata = { title: "我的约谈" };

export default function Page() {
  return (
    <ComingLater
      title="我的约谈"
      description="向股权融资项目或投资机构发起的约谈（融资项目名称、企业名称、拟融资金额及状态）将显示在这里，该功能将在后续版本中开放。"
      links={[]}
    />
  );
}
