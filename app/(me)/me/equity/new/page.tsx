import type { Metadata } from "next";
import { ProjectForm } from "@/components/equity/project-form";
import { requireActor } from "@/lib/auth/current";
import { submitProject } from "@/lib/equity/actions";
import { NOT_ENTERPRISE } from "@/lib/equity/projects";
import { projectDefaults } from "@/lib/equity/queries";

export const metadata: Metadata = { title: "发布股权融资" };

// 发布股权融资 (manual 2.8): enterprise accounts only.
export default async function NewProjectPage() {
  const actor = await requireActor("/me/equity/new");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">发布股权融资</h1>
      {actor.role !== "ENTERPRISE" ? (
        <p className="rounded border border-orange-300 bg-orange-50 px-4 py-3 text-orange-900">{NOT_ENTERPRISE}</p>
      ) : (
        <ProjectForm action={submitProject} defaults={await projectDefaults(actor)} />
      )}
    </div>
  );
}
