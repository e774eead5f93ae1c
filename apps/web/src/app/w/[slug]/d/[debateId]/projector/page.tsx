import type { Metadata } from "next";
import { ProjectorPage } from "@/components/workshop/projector-page";

export const metadata: Metadata = { title: "Projector" };

type ProjectorRouteProps = { params: Promise<{ slug: string; debateId: string }> };

export default async function ProjectorRoute({ params }: ProjectorRouteProps) {
  const { slug, debateId } = await params;
  return <ProjectorPage slug={slug} debateId={debateId} />;
}
