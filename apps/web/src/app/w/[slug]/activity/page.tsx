import type { Metadata } from "next";
import { WorkspaceActivityPage } from "@/components/live/workspace-activity-page";

export const metadata: Metadata = { title: "Activity" };

export default async function WorkspaceActivityRoute({
  params,
}: {
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  return <WorkspaceActivityPage slug={slug} />;
}
