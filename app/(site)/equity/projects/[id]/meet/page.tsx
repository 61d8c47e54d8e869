import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetPage } from "@/components/equity/meet-page";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { equityProjectHref } from "@/lib/equity/labels";
import { getPublicProject } from "@/lib/equity/queries-public";

export const metadata: Metadata = { title: "我要约谈", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function ProjectMeetPage({ params }: Props) {
  const raw = (await params).id;
  const actor = await requireActor(`/equity/projects/${encodeURIComponent(raw)}/meet`);
  const id = parseRouteId(raw);
  const project = id ? await getPublicProject(id) : null;
  if (!project) notFound();
  return <MeetPage actor={actor} kind="project" id={project.id} title={`股权项目：${project.name}（${project.enterpriseName}）`} back={equityProjectHref(project.id)} />;
}
