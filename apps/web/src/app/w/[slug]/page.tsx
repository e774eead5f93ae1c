import type { Metadata } from "next";
import { WorkspaceHome } from "@/components/workspace/workspace-home";

export const metadata: Metadata = { title: "Workspace" };

export default async function WorkspacePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <WorkspaceHome slug={slug} />;
}
