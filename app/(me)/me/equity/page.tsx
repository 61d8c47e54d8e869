import type { Metadata } from "next";
import { ComingLater } from "@/components/me/coming-later";

export const metadata: Metadata = { title: "股权融资管理" };

export default function Page() {
  return (
    <ComingLater
      title="股权融资管理"
      description="您发布的股权融资项目及审核、发布状态将显示在这里，该功能将在后续版本中开放。"
      links={[]}
    />
  );
}
