import type { Metadata } from "next";
import Link from "next/link";
import { ActivityForm } from "@/components/activities/admin/activity-form";
import { addActivity } from "@/lib/activities/actions";
import { requireActor } from "@/lib/auth/current";

export const metadata: Metadata = { title: "新建活动" };

const EMPTY = { title: "", summary: "", body: "", organizer: "天水市人民政府金融工作办公室", address: "", startAt: "", endAt: "", registrationDeadline: "", capacity: "" };

// A new activity starts as a draft: it is public only once published.
export default async function NewActivityPage() {
  await requireActor(undefined, ["ADMIN"]);
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/activities" className="text-sm text-brand-700 underline">返回活动列表</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">新建活动</h1>
      <p className="text-slate-700">保存后为草稿，确认无误后在活动页面点击“发布”。</p>
      <ActivityForm action={addActivity} defaults={EMPTY} submitLabel="保存为草稿" />
    </div>
  );
}
