import Link from "next/link";
import { formatWan } from "@/lib/format";
import type { ProjectCard as Project } from "@/lib/equity/queries-public";
import { equityProjectHref } from "@/lib/equity/labels";

export function ProjectCard({ project }: { project: Project }) {
  return (
    <article className="flex gap-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`project-${project.id}`}>
      {project.imageFileId ? (
        // eslint-disable-next-line @next/next/no-img-element -- uploaded files are served by /files/<id>, not the image optimiser
        <img src={`/files/${project.imageFileId}`} alt={`${project.name}形象展示`} width={160} height={120} loading="lazy" className="hidden h-28 w-40 shrink-0 rounded object-cover sm:block" />
      ) : (
        <div aria-hidden="true" className="hidden h-28 w-40 shrink-0 items-center justify-center rounded bg-brand-50 text-brand-800 sm:flex">股权项目</div>
      )}
      <div className="min-w-0">
        <h2 id={`project-${project.id}`} className="text-lg font-semibold text-slate-900">
          <Link href={equityProjectHref(project.id)} className="hover:text-brand-700 hover:underline">{project.name}</Link>
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          拟融资金额：<strong className="text-brand-800">{formatWan(project.amount)}万元</strong> · 所属行业：{project.industry ?? "—"} · {project.enterpriseName}
        </p>
        <p className="mt-2 line-clamp-2 text-slate-700">{project.introduction}</p>
      </div>
    </article>
  );
}
