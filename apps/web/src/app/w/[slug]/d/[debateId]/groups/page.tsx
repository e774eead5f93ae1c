import type { Metadata } from "next";
import { OpinionGroupsPage } from "@/components/groups/opinion-groups-page";

export const metadata: Metadata = { title: "Opinion groups" };

type GroupsRouteProps = { params: Promise<{ slug: string; debateId: string }> };

export default async function OpinionGroupsRoute({ params }: GroupsRouteProps) {
  const { slug, debateId } = await params;
  return <OpinionGroupsPage slug={slug} debateId={debateId} />;
}
