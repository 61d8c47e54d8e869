import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityForm } from "@/components/activities/admin/activity-form";
import { Notice } from "@/components/applications/filter-links";
import { editActivity } from "@/lib/activities/actions";
import { activityFormValues, getAdminActivity } from "@/lib/activities/queries-admin";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "编辑活动" };

type Props = { params: Promise<{ id: string }> };

export default async function EditActivityPage({ params }: Props) {
  const actor = await requireActor(undefined, ["ADMIN"]);
  const id = parseRouteId((await params).id);
  const found = id ? await getAdminActivity(actor, id) : null;
  if (!found) notFound();
  const { activity } = found;
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/admin/activities/${activity.id}`} className="text-sm text-brand-700 underline">返回活动</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">编辑活动</h1>
      {activity.cancelledAt ? (
        <Notice tone="warning">该活动已取消，不能再修改。</Notice>
      ) : (
        <>
          <p className="text-slate-700">修改活动时间或地址后，已报名的用户会在消息中心收到通知。</p>
          <ActivityForm action={editActivity.bind(null, activity.id)} defaults={activityFormValues(activity)} submitLabel="保存修改" placesTaken={activity.registeredCount} />
        </>
      )}
    </div>
  );
}
