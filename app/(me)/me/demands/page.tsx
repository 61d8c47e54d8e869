import type { Metadata } from "next";
import { ComingLater } from "@/components/me/coming-later";

export const metadata: Metadata = { title: "需求管理" };

export default function Page() {
  return (
    <ComingLater
      title="需求管理"
      description="您发布的融资需求与首贷需求及其对接情况将显示在这里，发布需求功能将在后续版本中开放。"
      links={[{ href: "/products", label: "在金融超市选择产品" }]}
    />
  );
}
