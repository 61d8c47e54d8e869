import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectForm } from "@/components/equity/project-form";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { resubmitMyProject } from "@/lib/equity/actions";
import { getMyProject } from "@/lib/equity/queries";

export const metadata: Metadata = { title: "修改股权融资项目" };

type Props = { params: Promise<{ id: string }> };

// 修改并重新提交: only a project that did not pass review.
export default async function EditProjectPage({ params }: Props) {
  const raw = (await params).id;
  const actor = await requireActor(`/me/equity/${encodeURIComponent(raw)}/edit`);
  const id = parseRouteId(raw);
  const project = id ? await getMyProject(actor, id) : null;
  if (!project) notFound();
  if (project.status !== "REJECTED") {
    return <p className="rounded border border-orange-300 bg-orange-50 px-4 py-3 text-orange-900">只有审核未通过的项目可以修改后重新提交。</p>;
  }
  const defaults = {
    name: project.name, amount: project.amount.toString(), industry: project.industry ?? "", introduction: project.introduction,
    financingNeeds: project.financingNeeds, coreStrengths: project.coreStrengths, contactName: project.contactName,
    contactPhone: project.contactPhone, enterpriseName: project.enterpriseName, uscc: project.uscc,
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">修改股权融资项目</h1>
      {project.reviewComment ? <p className="rounded border border-orange-300 bg-orange-50 px-4 py-3 text-orange-900">审核意见：{project.reviewComment}</p> : null}
      <ProjectForm
        action={resubmitMyProject.bind(null, project.id)}
        defaults={defaults}
        current={{
          plan: project.businessPlanFileId ? { id: project.businessPlanFileId, name: project.businessPlan?.originalName, size: project.businessPlan?.size } : null,
          image: project.imageFileId ? { id: project.imageFileId } : null,
        }}
      />
    </div>
  );
}
