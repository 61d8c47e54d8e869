import type { Metadata } from "next";
import { ComingLater } from "@/components/me/coming-later";

export const metadata: Metadata = { title: "我的活动" };

export default function Page() {
  return (
    <ComingLater
      title="我的活动"
      description="在“金融活动”报名的活动及报名状态将显示在这里，该功能将在后续版本中开放。"
      links={[]}
    />
  );
}
