import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { equityProjectHref } from "@/lib/equity/labels";
import { planLinkFor } from "@/lib/equity/queries";
import { getPublicProject } from "@/lib/equity/queries-public";
import { formatWan } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseRouteId((await params).id);
  return id ? getPublicProject(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await load(params);
  if (!project) return { title: "项目不存在", robots: { index: false } };
  const description = `${project.name}：拟融资${formatWan(project.amount)}万元，${project.industry ?? ""}。${project.introduction.slice(0, 80)}`;
  const url = equityProjectHref(project.id);
  return { title: project.name, description, alternates: { canonical: url }, openGraph: { title: project.name, description, url, type: "website" } };
}

// 股权项目详情 (manual 2.6): never the contact phone; the 项目计划书 link only for whom /files answers.
export default async function ProjectPage({ params }: Props) {
  const project = await load(params);
  if (!project) notFound();
  const planLink = project.hasPlan ? await planLinkFor(await currentActor(), project.id) : null;
  const section = (id: string, title: string, text: string) => (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-semibold text-slate-900">{title}</h2>
      <p className="whitespace-pre-line leading-7 text-slate-700">{text}</p>
    </section>
  );
  return (
    <div className="mx-auto max-w-5xl space-y-5 px-4 py-6 sm:py-8">
      <nav aria-label="当前位置" className="text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li><Link href="/equity/projects" className="text-brand-700 hover:underline">股权项目</Link><span aria-hidden="true"> / </span></li>
          <li aria-current="page">{project.name}</li>
        </ol>
      </nav>
      <article aria-labelledby="project-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <h1 id="project-title" className="text-2xl font-bold text-slate-900">{project.name}</h1>
        {project.imageFileId ? (
          // eslint-disable-next-line @next/next/no-img-element -- uploaded files are served by /files/<id>
          <img src={`/files/${project.imageFileId}`} alt={`${project.name}形象展示`} className="max-h-80 w-full rounded object-cover" />
        ) : null}
        <dl className="grid gap-2 text-slate-800 sm:grid-cols-2">
          <div><dt className="inline text-slate-600">项目名称：</dt><dd className="inline">{project.name}</dd></div>
          <div><dt className="inline text-slate-600">拟融资金额：</dt><dd className="inline font-semibold text-brand-800">{formatWan(project.amount)}万元</dd></div>
          <div><dt className="inline text-slate-600">所属行业：</dt><dd className="inline">{project.industry ?? "—"}</dd></div>
          <div><dt className="inline text-slate-600">企业名称：</dt><dd className="inline">{project.enterpriseName}</dd></div>
        </dl>
        {section("p-intro", "项目简介", project.introduction)}
        {section("p-needs", "融资需求", project.financingNeeds)}
        {section("p-core", "核心竞争力", project.coreStrengths)}
        {planLink ? (
          <p className="rounded border border-sky-300 bg-sky-50 px-4 py-3 text-sky-900">
            项目计划书仅限平台入驻基金机构查看，查看记录将告知项目方。<a href={planLink} className="ml-1 font-semibold underline">下载项目计划书</a>
          </p>
        ) : null}
        <p>
          <Link href={`${equityProjectHref(project.id)}/meet`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800">我要约谈</Link>
        </p>
      </article>
    </div>
  );
}
